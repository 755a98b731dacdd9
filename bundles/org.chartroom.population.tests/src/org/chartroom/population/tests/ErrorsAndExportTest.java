package org.chartroom.population.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.chartroom.core.store.StoreException;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.InstalledStatistics;
import org.chartroom.population.MeasurementStatistic;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationException;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.StatisticResult;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Calculator;
import org.chartroom.population.Table1Row;
import org.chartroom.population.export.MembersCsv;
import org.chartroom.population.export.Table1Csv;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Bad input reported by name, the CSV exports, and a contributed statistic taking its place among the built-in rows. */
class ErrorsAndExportTest {

	@Test
	void unknownCohortNamesTheSavedOnes() throws Exception {
		MimicPopulationTest.saveHeartFailure();
		assertEquals("No cohort 'Nope' is saved for dataset mimic3 (saved: HeartFailure).",
				assertThrows(PopulationException.class, () -> Tables.context(DemoWorkspace.MIMIC, "Nope")).getMessage());
		assertEquals("No cohort 'Nope' is saved for dataset synthea (none is saved).",
				assertThrows(PopulationException.class, () -> Tables.context(DemoWorkspace.SYNTHEA, "Nope")).getMessage());
	}

	@Test
	void badConceptsAreNamed() throws Exception {
		assertEquals("'heart rate' is not DICTIONARY:CODE (e.g. D_ITEMS:220045 or CONCEPT:3027018)",
				assertThrows(IllegalArgumentException.class, () -> ConceptRef.parse("heart rate")).getMessage());
		PopulationContext context = Tables.context(DemoWorkspace.MIMIC, null);
		assertEquals("'abc' is not a number, as the keys of D_ITEMS are.", message(context, "d_items:abc"));
		assertEquals("No concept 999999999 in D_ITEMS.", message(context, "D_ITEMS:999999999"));
		assertTrue(message(context, "NOPE:1").startsWith("No dictionary NOPE in the model of dataset mimic3 (dictionaries: "),
				message(context, "NOPE:1"));
		assertEquals("Heart Rate bpm CHARTEVENTS", resolved(context, "D_ITEMS:220045"));
	}

	@Test
	void table1AndMembersAsCsv() throws Exception {
		MimicPopulationTest.saveHeartFailure();
		PopulationContext context = Tables.context(DemoWorkspace.MIMIC, "HeartFailure");
		Table1 table = Table1Calculator.compute(context, InstalledStatistics.list(), null);
		StringWriter csv = new StringWriter();
		Table1Csv.write(table, csv);
		String[] lines = csv.toString().split("\r\n");
		assertEquals(List.of("characteristic,value,n", "\"Patients, n\",35,35", "\"Admissions, n\",39,39"), List.of(lines).subList(0, 3));
		assertEquals(table.rows().size() + 1, lines.length);

		StringWriter members = new StringWriter();
		assertEquals(39L, MembersCsv.write(context, members, null));
		String[] rows = members.toString().split("\r\n");
		assertEquals(40, rows.length);
		assertEquals("PATIENT_ID,ENTRY_ID,ENTRY_START,ENTRY_END", rows[0]);
		Object[] first = Counts.rows(DemoWorkspace.MIMIC, "SELECT a.SUBJECT_ID, a.HADM_ID, a.ADMITTIME, a.DISCHTIME FROM ADMISSIONS a"
				+ MimicPopulationTest.HEART_FAILURE + " ORDER BY a.SUBJECT_ID, a.ADMITTIME, a.HADM_ID").get(0);
		assertEquals(first[0] + "," + first[1] + "," + text(first[2]) + "," + text(first[3]), rows[1]);
	}

	@Test
	void contributedStatisticTakesItsPlace() throws Exception {
		PopulationStatistic contributed = new PopulationStatistic() {
			@Override
			public String id() {
				return "test.readmissions";
			}

			@Override
			public int order() {
				return 350;
			}

			@Override
			public StatisticResult compute(PopulationContext context, IProgressMonitor monitor) {
				return new StatisticResult(List.of(new Table1Row("Contributed row", context.population().entryLabel(), 1)), List.of());
			}
		};
		ServiceRegistration<PopulationStatistic> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(PopulationStatistic.class, contributed, new Hashtable<>());
		try {
			List<String> ids = new ArrayList<>(InstalledStatistics.list().stream().map(PopulationStatistic::id).toList());
			assertEquals(List.of("counts", "age", "sex", "los", "test.readmissions", "mortality"), ids);
			List<String> lines = Tables.lines(Tables.table(DemoWorkspace.MIMIC, null));
			int at = lines.indexOf("Contributed row = Admissions [1]");
			assertTrue(lines.get(at - 1).startsWith("Length of stay") && lines.get(at + 1).startsWith("Died during"), lines.toString());
		} finally {
			registration.unregister();
		}
		assertEquals(5, InstalledStatistics.list().size());
	}

	private static String message(PopulationContext context, String concept) {
		return assertThrows(StoreException.class, () -> new MeasurementStatistic(ConceptRef.parse(concept)).resolve(context, null))
				.getMessage();
	}

	private static String resolved(PopulationContext context, String concept) throws Exception {
		MeasurementStatistic.Resolved found = new MeasurementStatistic(ConceptRef.parse(concept)).resolve(context, null);
		return found.label() + " " + found.unit() + " " + String.join(",", found.events().stream()
				.filter(t -> t.getName().equals("CHARTEVENTS")).map(t -> t.getName()).toList());
	}

	private static String text(Object time) {
		return time == null ? "" : java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").format((LocalDateTime) time);
	}
}
