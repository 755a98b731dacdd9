package org.chartroom.population.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.io.CohortXmi;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.store.Workspace;
import org.chartroom.population.Table1;
import org.junit.jupiter.api.Test;

/**
 * Table 1s on the MIMIC-III demo: every figure equal to the one worked out in the test from hand-written
 * SQL ({@link HandTable1}), and the whole dataset's figures written out.
 */
class MimicPopulationTest {

	static final String ENTRIES = "SELECT a.HADM_ID, a.SUBJECT_ID, a.ADMITTIME, a.DISCHTIME, p.DOB, p.DOD, p.GENDER FROM ADMISSIONS a "
			+ "JOIN PATIENTS p ON p.SUBJECT_ID = a.SUBJECT_ID";
	static final String HEART_RATE = "SELECT SUBJECT_ID, CHARTTIME, VALUENUM FROM CHARTEVENTS WHERE ITEMID = 220045 "
			+ "AND VALUENUM IS NOT NULL AND CHARTTIME IS NOT NULL";
	static final String HEART_FAILURE = " WHERE a.HADM_ID IN (SELECT d.HADM_ID FROM DIAGNOSES_ICD d WHERE d.ICD9_CODE LIKE '4280%')";

	@Test
	void wholeDataset() throws Exception {
		Table1 table = Tables.table(DemoWorkspace.MIMIC, null, "D_ITEMS:220045");
		assertEquals(List.of("Patients, n = 100 [100]", "Admissions, n = 129 [129]",
				"Age at entry, years, median (IQR) = 72 (63–82) [129]", "Age at entry, years, range = 17–>89 [129]",
				"Age at entry, years, above 89, n (%) = 9 (7.0%) [129]", "Sex: F, n (%) = 55 (55.0%) [100]",
				"Sex: M, n (%) = 45 (45.0%) [100]", "Length of stay, days, median (IQR) = 6.63 (3.31–10.65) [129]",
				"Died during the entry (admissions), n (%) = 39 (30.2%) [129]",
				"Died at any time recorded (patients), n (%) = 100 (100.0%) [100]",
				"Heart Rate, bpm (D_ITEMS 220045), first value in the entry, median (IQR) = 87 (75–100.75) [70]",
				"Heart Rate, bpm (D_ITEMS 220045), entries with a value, n (%) = 70 (54.3%) [129]"), Tables.lines(table));
		assertEquals(HandTable1.values(DemoWorkspace.MIMIC, ENTRIES, HEART_RATE), Tables.values(table));
		assertEquals(List.of("Age at entry, years 129", "Sex, patients 100", "Length of stay, days 129",
				"Heart Rate, bpm (D_ITEMS 220045), first value in the entry 70"),
				table.distributions().stream().map(d -> d.title() + " " + d.total()).toList());
		var ages = table.distributions().get(0).bins();
		assertEquals(">89 9", ages.get(ages.size() - 1).label() + " " + ages.get(ages.size() - 1).count());
		assertEquals("0–9", ages.get(0).label());
	}

	@Test
	void savedHeartFailureCohort() throws Exception {
		saveHeartFailure();
		Table1 table = Tables.table(DemoWorkspace.MIMIC, "heartfailure", "D_ITEMS:220045");
		assertEquals("Patients, n = 35 [35]", Tables.lines(table).get(0));
		assertEquals("Admissions, n = 39 [39]", Tables.lines(table).get(1));
		assertEquals(HandTable1.values(DemoWorkspace.MIMIC, ENTRIES + HEART_FAILURE, HEART_RATE), Tables.values(table));
	}

	/** Saves docs/cohorts/heart-failure.xmi as cohort HeartFailure of the demo (39 admissions of 35 patients). */
	static void saveHeartFailure() throws Exception {
		Workspace workspace = DemoWorkspace.get();
		Cohort cohort = CohortXmi.read(Path.of(System.getProperty("chartroom.repo.dir"), "docs/cohorts/heart-failure.xmi"));
		CohortCompiler compiler = new CohortCompiler(DemoWorkspace.schema(DemoWorkspace.MIMIC), workspace.dialect());
		assertEquals(39L, new SavedCohorts(workspace).save(DemoWorkspace.MIMIC, "HeartFailure", cohort, compiler.compile(cohort), null));
	}
}
