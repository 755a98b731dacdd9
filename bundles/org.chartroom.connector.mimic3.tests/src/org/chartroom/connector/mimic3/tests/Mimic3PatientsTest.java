package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.PatientFilter;
import org.chartroom.core.patients.PatientListItem;
import org.chartroom.core.patients.PatientPage;
import org.chartroom.core.patients.PatientSort;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.StayKinds;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.ConceptSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patient service on the imported MIMIC-III demo, against direct SQL on the raw tables and figures
 * read from the demo files with a CSV parser. Patient 10006: a woman, born 2094-03-05, died 2165-08-12,
 * one admission (142345, 2164-10-23 21:09 to 2164-11-01 17:15) with one ICU stay (206504, MICU, LOS 1.6325).
 */
class Mimic3PatientsTest {

	private static final String DATASET = "demo";

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Patients patients;

	@BeforeAll
	static void importTheDemo() throws Exception {
		workspace = Services.derby().open(folder.resolve("ws"));
		new DatasetImport(workspace, Services.mimic3()).run(DatasetName.of(DATASET), DemoFolder.mimic3(), false,
				new ImportListener() {
				}, null);
		patients = new Patients(workspace, DATASET, Services.mimic3().schema());
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static long count(String sql) throws Exception {
		return ((Number) Rows.single(workspace, DATASET, sql)).longValue();
	}

	private static PatientSummary patient(String id) throws Exception {
		return patients.summary(id, null).orElseThrow(() -> new AssertionError("no patient " + id));
	}

	@Test
	void summaryOfAKnownPatient() throws Exception {
		PatientSummary p = patient("10006");
		assertEquals(10006, p.id());
		assertEquals(Optional.of("F"), p.sex());
		assertEquals(Optional.of(LocalDateTime.of(2094, 3, 5, 0, 0)), p.birth());
		assertEquals(Optional.of(LocalDateTime.of(2165, 8, 12, 0, 0)), p.death());
		assertTrue(p.died());
		assertEquals("70", p.ageAtFirstStay().orElseThrow().toString(), "2094-03-05 to 2164-10-23");
		assertEquals(2, p.stays().size());
		Stay admission = p.stays().get(0);
		assertEquals(List.of("ADMISSIONS", "Admissions", 1, 142345), List.of(admission.table(), admission.kind(), admission.level(), admission.id()));
		assertEquals(Optional.of(LocalDateTime.of(2164, 10, 23, 21, 9)), admission.start());
		assertEquals(Optional.of(LocalDateTime.of(2164, 11, 1, 17, 15)), admission.end());
		Stay icu = p.stays().get(1);
		assertEquals(List.of("ICUSTAYS", "ICU stays", 2, 206504, Optional.of(142345)),
				List.of(icu.table(), icu.kind(), icu.level(), icu.id(), icu.parentId()));
		assertEquals(Optional.of(LocalDateTime.of(2164, 10, 23, 21, 10, 15)), icu.start());
		// 1 day 15:10:52; ICUSTAYS.LOS says 1.6325 (rounded to 4 places)
		assertEquals(1.6325, icu.lengthInDays().orElseThrow(), 0.0001);
	}

	@Test
	void patientsOverEightyNineAreShownAsOlderThan89() throws Exception {
		PatientSummary p = patient("10026"); // DOB shifted ~300 years back
		assertTrue(p.ageAtFirstStay().orElseThrow().aboveOldestShown());
		assertEquals(">89", p.ageAtFirstStay().orElseThrow().toString());
		assertEquals(300, p.ageAtFirstStay().orElseThrow().years());
		assertEquals(">89", p.stays().get(0).ageAtStart().orElseThrow().toString());
	}

	@Test
	void unknownPatientsAreEmpty() throws Exception {
		assertEquals(Optional.empty(), patients.summary("999999", null));
		assertEquals(Optional.empty(), patients.summary("abc", null));
		assertEquals("SUBJECT_ID", patients.idColumnName());
	}

	/** Counts per event table, as {@code SELECT COUNT(*) FROM t WHERE SUBJECT_ID = 10006} gives them and the files have them. */
	@Test
	void theWholeTimelineHasEveryEventOfThePatient() throws Exception {
		Timeline timeline = patients.timeline(patient("10006"), Optional.empty(), null);
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, Long> direct = new LinkedHashMap<>();
		for (EventSeries series : timeline.series()) {
			counts.put(series.table(), (long) series.events().size());
			direct.put(series.table(), count("SELECT COUNT(*) FROM " + series.table() + " WHERE SUBJECT_ID = 10006"));
		}
		assertEquals(17, counts.size(), "one series per event table of the model");
		assertEquals(direct, counts);
		assertEquals(920L, counts.get("CHARTEVENTS"));
		assertEquals(1963L, counts.get("LABEVENTS"));
		assertEquals(20L, counts.get("MICROBIOLOGYEVENTS"));
		assertEquals(54L, counts.get("PRESCRIPTIONS"));
		assertEquals(6L, counts.get("INPUTEVENTS_CV"));
		assertEquals(0L, counts.get("INPUTEVENTS_MV"));
		assertEquals(3L, counts.get("OUTPUTEVENTS"));
		assertEquals(21L, counts.get("DIAGNOSES_ICD"));
		assertEquals(7L, counts.get("PROCEDURES_ICD"));

		assertSpan(timeline, "CHARTEVENTS", LocalDateTime.of(2164, 10, 23, 21, 10), LocalDateTime.of(2164, 10, 25, 8, 30));
		assertSpan(timeline, "LABEVENTS", LocalDateTime.of(2164, 9, 24, 20, 21), LocalDateTime.of(2165, 8, 10, 11, 50));
		assertSpan(timeline, "MICROBIOLOGYEVENTS", LocalDateTime.of(2164, 10, 23, 15, 30), LocalDateTime.of(2164, 11, 1, 6, 0));
		assertSpan(timeline, "PRESCRIPTIONS", LocalDateTime.of(2164, 10, 23, 0, 0), LocalDateTime.of(2164, 11, 1, 0, 0));
		assertSpan(timeline, "INPUTEVENTS_CV", LocalDateTime.of(2164, 10, 23, 23, 0), LocalDateTime.of(2164, 10, 24, 18, 0));

		EventSeries diagnoses = timeline.series("diagnoses_icd").orElseThrow();
		assertTrue(diagnoses.events().stream().allMatch(e -> e.time().isEmpty()), "coded diagnoses have no time");
		assertEquals(count("SELECT COUNT(*) FROM DIAGNOSES_ICD d JOIN D_ICD_DIAGNOSES i ON i.ICD9_CODE = d.ICD9_CODE "
				+ "WHERE d.SUBJECT_ID = 10006"), diagnoses.events().stream().filter(e -> e.label().isPresent()).count(),
				"labelled where D_ICD_DIAGNOSES knows the code; the others keep their code");
		assertTrue(diagnoses.events().stream().allMatch(e -> e.code().isPresent()));
		assertTrue(timeline.series("PRESCRIPTIONS").orElseThrow().hasEndTime());
	}

	private static void assertSpan(Timeline timeline, String table, LocalDateTime first, LocalDateTime last) {
		List<TimelineEvent> events = timeline.series(table).orElseThrow().events();
		assertEquals(first, events.get(0).time().orElseThrow(), table + " first");
		assertEquals(last, events.get(events.size() - 1).time().orElseThrow(), table + " last");
	}

	/** CHARTEVENTS of 10006 with ITEMID 211 (CareVue's heart rate): 24 values, the first 104 BPM at 2164-10-23 22:40. */
	@Test
	void heartRateIsAVitalSignOfKnownValues() throws Exception {
		Timeline timeline = patients.timeline(patient("10006"), Optional.empty(), null);
		ConceptSet heartRate = patients.vitalSigns().get(0);
		assertEquals("Heart rate", heartRate.getName());
		assertEquals(8, patients.vitalSigns().size());
		List<TimelineEvent> values = timeline.eventsIn(heartRate);
		assertEquals(24, values.size());
		assertEquals(count("SELECT COUNT(*) FROM CHARTEVENTS WHERE SUBJECT_ID = 10006 AND ITEMID IN (211, 220045)"), values.size());
		TimelineEvent first = values.get(0);
		assertEquals(Optional.of(LocalDateTime.of(2164, 10, 23, 22, 40)), first.time());
		assertEquals(Optional.of(104.0), first.number());
		assertEquals(Optional.of("BPM"), first.unit());
		assertEquals(Optional.of("211"), first.code());
		assertEquals(Optional.of("Heart Rate"), first.label());
		assertEquals(Optional.of(66.0), values.get(23).number());
		assertEquals(Optional.of(LocalDateTime.of(2164, 10, 25, 8, 30)), values.get(23).time());
	}

	/**
	 * A concept added from the concept search (D_LABITEMS 50912, creatinine) charts exactly the rows of
	 * {@code LABEVENTS WHERE SUBJECT_ID = 10006 AND ITEMID = 50912}: 62 values, the first 7.0 mg/dL at
	 * 2164-09-24 20:21 (LABEVENTS.csv.gz, outside any admission: HADM_ID is empty).
	 */
	@Test
	void anAddedConceptHasTheRowsDirectSqlGives() throws Exception {
		Timeline timeline = patients.timeline(patient("10006"), Optional.empty(), null);
		List<TimelineEvent> creatinine = timeline.eventsOf("d_labitems", "50912");
		assertEquals(62, creatinine.size());
		assertEquals(count("SELECT COUNT(*) FROM LABEVENTS WHERE SUBJECT_ID = 10006 AND ITEMID = 50912"), creatinine.size());
		TimelineEvent first = creatinine.get(0);
		assertEquals(Optional.of(LocalDateTime.of(2164, 9, 24, 20, 21)), first.time());
		Object earliest = Rows.single(workspace, DATASET, "SELECT MIN(CHARTTIME) FROM LABEVENTS WHERE SUBJECT_ID = 10006 AND ITEMID = 50912");
		assertEquals(first.time().orElseThrow(), earliest instanceof java.sql.Timestamp t ? t.toLocalDateTime() : earliest);
		assertEquals(List.of(Optional.of(7.0), Optional.of("mg/dL"), Optional.of("Creatinine")),
				List.of(first.number(), first.unit(), first.label()));
		assertEquals(List.of(), timeline.eventsOf("D_LABITEMS", "99999999"));
	}

	/** Limited to the ICU stay: chart events by ICUSTAY_ID; labs by HADM_ID within the ICU stay's start and end. */
	@Test
	void aStayKeepsItsOwnEvents() throws Exception {
		PatientSummary p = patient("10006");
		Stay icu = p.stay("ICUSTAYS", 206504).orElseThrow();
		Timeline timeline = patients.timeline(p, Optional.of(icu), null);
		assertEquals(count("SELECT COUNT(*) FROM CHARTEVENTS WHERE SUBJECT_ID = 10006 AND ICUSTAY_ID = 206504"),
				timeline.series("CHARTEVENTS").orElseThrow().events().size());
		assertEquals(49, timeline.series("LABEVENTS").orElseThrow().events().size());
		assertEquals(count("SELECT COUNT(*) FROM LABEVENTS WHERE SUBJECT_ID = 10006 AND HADM_ID = 142345 "
				+ "AND CHARTTIME BETWEEN TIMESTAMP('2164-10-23 21:10:15') AND TIMESTAMP('2164-10-25 12:21:07')"), 49);
		assertEquals(21, timeline.series("DIAGNOSES_ICD").orElseThrow().events().size(), "coded for the admission around it");

		Timeline admission = patients.timeline(p, p.stay("ADMISSIONS", 142345), null);
		assertEquals(251, admission.series("LABEVENTS").orElseThrow().events().size(), "labs of HADM_ID 142345");
		assertEquals(920, admission.series("CHARTEVENTS").orElseThrow().events().size(), "chart events of its ICU stays");
	}

	/** MICROBIOLOGYEVENTS of 10069: 48 rows, 23 of them with CHARTDATE only; those fall back to it. */
	@Test
	void eventsWithADateOnlyFallBackToIt() throws Exception {
		Timeline timeline = patients.timeline(patient("10069"), Optional.empty(), null);
		List<TimelineEvent> micro = timeline.series("MICROBIOLOGYEVENTS").orElseThrow().events();
		assertEquals(48, micro.size());
		assertEquals(23, count("SELECT COUNT(*) FROM MICROBIOLOGYEVENTS WHERE SUBJECT_ID = 10069 AND CHARTTIME IS NULL"));
		assertTrue(micro.stream().allMatch(e -> e.time().isPresent()));
		assertEquals(LocalDateTime.of(2188, 2, 11, 0, 0), micro.get(0).time().orElseThrow());
		assertEquals(LocalDateTime.of(2188, 2, 24, 0, 0), micro.get(47).time().orElseThrow());
	}

	/** Counts from PATIENTS.csv.gz and ADMISSIONS.csv.gz (every demo patient died and had an ICU stay). */
	@Test
	void theListFiltersAsDirectSqlCounts() throws Exception {
		PatientFilter all = PatientFilter.all(25);
		assertEquals(100, patients.list(all, null).total());
		assertEquals(count("SELECT COUNT(*) FROM PATIENTS WHERE EXPIRE_FLAG = 1"), patients.list(all.withDied(Optional.of(true)), null).total());
		assertEquals(100, patients.list(all.withDied(Optional.of(true)), null).total());
		assertEquals(0, patients.list(all.withDied(Optional.of(false)), null).total());
		assertEquals(45, patients.list(all.withSex(Optional.of("M")), null).total());
		assertEquals(count("SELECT COUNT(*) FROM PATIENTS WHERE GENDER = 'F'"), patients.list(all.withSex(Optional.of("F")), null).total());
		assertEquals(List.of("F", "M"), patients.sexes(null));
		assertEquals(100, patients.list(all.withIcuStay(Optional.of(true)), null).total());
		assertEquals(0, patients.list(all.withIcuStay(Optional.of(false)), null).total());
		assertEquals(67, patients.list(all.withAges(OptionalInt.of(65), OptionalInt.of(89)), null).total());
		assertEquals(25, patients.list(all.withAges(OptionalInt.empty(), OptionalInt.of(64)), null).total());
		assertEquals(26, patients.list(all.withAges(OptionalInt.of(65), OptionalInt.of(89)).withSex(Optional.of("M")), null).total());
		PatientPage old = patients.list(all.withAges(OptionalInt.of(90), OptionalInt.empty()), null);
		assertEquals(List.of(10026, 10036, 10094, 40655, 41983, 42458, 43827, 44154), old.patients().stream().map(PatientListItem::id).toList());
		assertTrue(old.patients().stream().allMatch(p -> p.ageAtFirstStay().orElseThrow().toString().equals(">89")));
		assertEquals(count("SELECT COUNT(*) FROM PATIENTS WHERE SUBJECT_ID BETWEEN 4000 AND 4999 OR SUBJECT_ID >= 40000 AND SUBJECT_ID < 50000"),
				patients.list(all.withIdPrefix("4"), null).total());
	}

	/** MIMIC-III's model marks ICUSTAYS as level "icu": the list's columns and its filter may say ICU stay. */
	@Test
	void stayLabelsComeFromTheModel() {
		StayKinds kinds = patients.stayKinds();
		assertEquals(new StayKinds("Admissions", Optional.of("ICU stays"), true), kinds);
		assertEquals(List.of("Admission", "ICU stay", "1 admission", "2 ICU stays"),
				List.of(kinds.stay(), kinds.nestedStay(), StayKinds.count(1, "Admissions"), StayKinds.count(2, "ICU stays")));
	}

	@Test
	void pagesAndSortOrders() throws Exception {
		PatientFilter all = PatientFilter.all(10);
		PatientPage last = patients.list(all.page(95), null);
		assertEquals(5, last.patients().size());
		assertFalse(last.hasNext());
		assertTrue(patients.list(all, null).hasNext());
		List<Object> byId = new ArrayList<>();
		for (List<Object> row : Rows.of(workspace, DATASET, "SELECT SUBJECT_ID FROM PATIENTS ORDER BY SUBJECT_ID")) {
			byId.add(row.get(0));
		}
		List<Object> paged = new ArrayList<>();
		for (int offset = 0; offset < 100; offset += 10) {
			patients.list(all.page(offset), null).patients().forEach(p -> paged.add(p.id()));
		}
		assertEquals(byId, paged);
		PatientPage oldestFirst = patients.list(all.sortedBy(PatientSort.AGE, true), null);
		assertEquals(10026, oldestFirst.patients().get(0).id(), "the >89s first, ties by id");
		PatientListItem tenThousandSix = patients.list(all.withIdPrefix("10006"), null).patients().get(0);
		assertEquals(List.of(10006, "70", 1L, 1L), List.of(tenThousandSix.id(), tenThousandSix.ageAtFirstStay().orElseThrow().toString(),
				tenThousandSix.stays(), tenThousandSix.icuStays()));
	}

	/** The database's whole years (list, filters) agree with Java's (summaries) for every demo patient. */
	@Test
	void listAgesAgreeWithSummaryAges() throws Exception {
		for (PatientListItem item : patients.list(PatientFilter.all(100), null).patients()) {
			assertEquals(patients.summary(item.id(), null).orElseThrow().ageAtFirstStay(), item.ageAtFirstStay(), "patient " + item.id());
		}
	}
}
