package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.concepts.ConceptQuery;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.overview.StayCount;
import org.chartroom.core.overview.TableCount;
import org.chartroom.core.overview.TimeSpan;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.PatientFilter;
import org.chartroom.core.patients.PatientListItem;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.patients.StayKinds;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.ConceptSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports Synthea27Nj ({@code <chartroom.data.dir>/synthea27nj-omop-5.4}: OMOP CDM 5.4, UPPERCASE file
 * names, all 39 tables) and checks it against its COUNTS.md and the raw files.
 */
class SyntheaImportTest {

	/** Records per file, from ../shared/data/synthea27nj-omop-5.4/COUNTS.md. */
	static final Map<String, Long> RECORDS = new TreeMap<>(Map.ofEntries(Map.entry("CARE_SITE", 0L),
			Map.entry("CDM_SOURCE", 1L), Map.entry("COHORT", 0L), Map.entry("COHORT_DEFINITION", 0L),
			Map.entry("CONCEPT", 2294L), Map.entry("CONCEPT_ANCESTOR", 0L), Map.entry("CONCEPT_CLASS", 0L),
			Map.entry("CONCEPT_RELATIONSHIP", 266588L), Map.entry("CONCEPT_SYNONYM", 0L), Map.entry("CONDITION_ERA", 469L),
			Map.entry("CONDITION_OCCURRENCE", 470L), Map.entry("COST", 0L), Map.entry("DEATH", 3L),
			Map.entry("DEVICE_EXPOSURE", 1L), Map.entry("DOMAIN", 0L), Map.entry("DOSE_ERA", 0L), Map.entry("DRUG_ERA", 0L),
			Map.entry("DRUG_EXPOSURE", 883L), Map.entry("DRUG_STRENGTH", 0L), Map.entry("EPISODE", 0L),
			Map.entry("EPISODE_EVENT", 0L), Map.entry("FACT_RELATIONSHIP", 0L), Map.entry("LOCATION", 0L),
			Map.entry("MEASUREMENT", 10040L), Map.entry("METADATA", 0L), Map.entry("NOTE", 0L), Map.entry("NOTE_NLP", 0L),
			Map.entry("OBSERVATION", 8099L), Map.entry("OBSERVATION_PERIOD", 28L), Map.entry("PAYER_PLAN_PERIOD", 0L),
			Map.entry("PERSON", 28L), Map.entry("PROCEDURE_OCCURRENCE", 1649L), Map.entry("PROVIDER", 67L),
			Map.entry("RELATIONSHIP", 0L), Map.entry("SOURCE_TO_CONCEPT_MAP", 0L), Map.entry("SPECIMEN", 0L),
			Map.entry("VISIT_DETAIL", 1791L), Map.entry("VISIT_OCCURRENCE", 1791L), Map.entry("VOCABULARY", 1L)));

	/** A person with measurements: 47 rows in MEASUREMENT.csv.gz. */
	static final String PERSON = "27";

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static ImportResult result;
	private static final List<String> warnings = new ArrayList<>();

	@BeforeAll
	static void importSynthea() throws Exception {
		Path synthea = DataFolders.synthea();
		connector = Services.omop();
		workspace = Services.derby().open(folder.resolve("ws"));
		result = new DatasetImport(workspace, connector).run(DatasetName.of("synthea"), synthea, false, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}
		}, null);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	@Test
	void version54IsDetectedFromCdmSource() throws Exception {
		assertEquals("omop-5.4", result.schema().schema().getName());
		assertEquals(Optional.of("OMOP CDM 5.4 detected from cdm_source.cdm_version (5.4)"), result.schema().reason());
		assertEquals(Optional.of("omop-5.4"), workspace.findDataset("synthea").orElseThrow().model());
	}

	@Test
	void everyTableHasExactlyTheRowsOfItsFile() throws Exception {
		assertEquals(List.of(), warnings, "all 39 files of CDM 5.4 are there, UPPERCASE names and all");
		Map<String, Long> stored = new TreeMap<>();
		for (TableInfo table : workspace.tables("synthea")) {
			stored.put(table.name(), table.rowCount());
		}
		assertEquals(RECORDS, stored);
		assertEquals(RECORDS.values().stream().mapToLong(Long::longValue).sum(), result.totalRows());
	}

	@Test
	void twentyEightPersonsWithVisitsAndVisitDetails() throws Exception {
		assertEquals(28, Rows.single(workspace, "synthea", "SELECT COUNT(DISTINCT person_id) FROM person"));
		DatasetOverview overview = new DatasetOverviewReader(workspace).read("synthea",
				connector.schemaOf(workspace.findDataset("synthea").orElseThrow()), null);
		assertEquals(Optional.of(new TableCount("Patients", "PERSON", 28)), overview.patients());
		assertEquals(List.of(new StayCount("Visits", "VISIT_OCCURRENCE", 1, 1791),
				new StayCount("Visit details", "VISIT_DETAIL", 2, 1791)), overview.stays());
		assertEquals(Optional.of(new TimeSpan(LocalDateTime.of(1955, 3, 7, 0, 0), LocalDateTime.of(2022, 10, 10, 0, 0))),
				overview.timeSpan());
	}

	@Test
	void aKnownPersonsMeasurementsAsTheFileHasThem() throws Exception {
		assertEquals(47, RawCsv.assertSameRows(workspace, "synthea", result.schema().schema(),
				DataFolders.synthea().resolve("MEASUREMENT.csv.gz"), "measurement", "person_id", PERSON));
		assertEquals(List.of(List.of(48.1, "kg", "29463-7")), Rows.of(workspace, "synthea",
				"SELECT value_as_number, unit_source_value, measurement_source_value FROM measurement WHERE measurement_id = 1"));
	}

	@Test
	void quotedEmptyTextIsAnEmptyStringNotNull() throws Exception {
		assertEquals("", Rows.single(workspace, "synthea", "SELECT standard_concept FROM concept WHERE concept_id = 40316773"));
	}

	@Test
	void theConceptBrowserFindsLoincHeartRateWithTheCountsOfMeasurement() throws Exception {
		DatasetInfo dataset = workspace.findDataset("synthea").orElseThrow();
		List<Concept> found = new ConceptIndexReader(workspace).read("synthea", connector.schemaOf(dataset), null)
				.search(ConceptQuery.of("heart rate", 50)).concepts();
		Concept heartRate = found.stream().filter(c -> c.key().equals("3027018")).findFirst()
				.orElseThrow(() -> new AssertionError("3027018 not among " + found));
		assertEquals("Heart rate", heartRate.label());
		assertEquals("8867-4", heartRate.code());
		assertEquals("LOINC", heartRate.vocabulary());
		assertEquals("Measurement", heartRate.category());
		// 468 rows of 28 persons in MEASUREMENT.csv.gz, counted with a CSV reader; the same by SQL:
		assertEquals(28, heartRate.patients());
		assertEquals(468, heartRate.rows());
		assertEquals(List.of(List.of(28, 468)), Rows.of(workspace, "synthea",
				"SELECT COUNT(DISTINCT person_id), COUNT(*) FROM measurement WHERE measurement_concept_id = 3027018"));
	}

	/**
	 * The patient browser's service on OMOP, through the same semantics as on MIMIC-III: person 27 has 47
	 * measurements, 4 of them LOINC heart rates, the first 92 /min on 2022-02-09 (MEASUREMENT.csv.gz).
	 */
	@Test
	void thePatientTimelineOfPerson27HasHerMeasurementsAndHeartRates() throws Exception {
		DatasetInfo dataset = workspace.findDataset("synthea").orElseThrow();
		Patients patients = new Patients(workspace, "synthea", connector.schemaOf(dataset));
		PatientSummary person = patients.summary("27", null).orElseThrow();
		Timeline timeline = patients.timeline(person, Optional.empty(), null);
		Map<String, Long> counts = new TreeMap<>();
		Map<String, Long> direct = new TreeMap<>();
		for (EventSeries series : timeline.series()) {
			counts.put(series.table().toLowerCase(java.util.Locale.ROOT), (long) series.events().size());
			direct.put(series.table().toLowerCase(java.util.Locale.ROOT), ((Number) Rows.single(workspace, "synthea",
					"SELECT COUNT(*) FROM " + series.table() + " WHERE person_id = 27")).longValue());
		}
		assertEquals(direct, counts);
		assertEquals(47L, counts.get("measurement"));
		assertEquals(4L, counts.get("observation"));
		assertEquals(1L, counts.get("procedure_occurrence"));
		ConceptSet heartRate = patients.vitalSigns().get(0);
		assertEquals("Heart rate", heartRate.getName());
		List<TimelineEvent> values = timeline.eventsIn(heartRate);
		assertEquals(4, values.size());
		assertEquals(Optional.of(LocalDateTime.of(2022, 2, 9, 0, 0)), values.get(0).time());
		assertEquals(Optional.of(92.0), values.get(0).number());
		assertEquals(Optional.of("3027018"), values.get(0).code());
		assertEquals(Optional.of("Heart rate"), values.get(0).label());
	}

	/**
	 * The list names OMOP's stays as the model does, and its stay filter is about visit details, which
	 * the model does not mark as ICU stays. All 28 persons have visit details (28 distinct person_id in
	 * VISIT_DETAIL.csv.gz); person 11 has 340 visits and 340 visit details.
	 */
	@Test
	void theListCountsAndFiltersVisitsAndVisitDetailsNotIcuStays() throws Exception {
		DatasetInfo dataset = workspace.findDataset("synthea").orElseThrow();
		Patients patients = new Patients(workspace, "synthea", connector.schemaOf(dataset));
		StayKinds kinds = patients.stayKinds();
		assertEquals(new StayKinds("Visits", Optional.of("Visit details"), false), kinds);
		assertEquals(List.of("Visit", "Visit detail", "340 visits", "1 visit detail"),
				List.of(kinds.stay(), kinds.nestedStay(), StayKinds.count(340, "Visits"), StayKinds.count(1, "Visit details")));
		PatientFilter all = PatientFilter.all(50);
		assertEquals(28, patients.list(all.withIcuStay(Optional.of(true)), null).total());
		assertEquals(0, patients.list(all.withIcuStay(Optional.of(false)), null).total());
		PatientListItem person11 = patients.list(all.withIdPrefix("11"), null).patients().stream()
				.filter(p -> ((Number) p.id()).longValue() == 11).findFirst().orElseThrow();
		assertEquals(List.of(340L, 340L), List.of(person11.stays(), person11.icuStays()));
		assertEquals(340L, ((Number) Rows.single(workspace, "synthea", "SELECT COUNT(*) FROM visit_detail WHERE person_id = 11")).longValue());
	}

	@Test
	void deathComesFromTheDeathTableWhereThePersonTableHasNone() throws Exception {
		DatasetInfo dataset = workspace.findDataset("synthea").orElseThrow();
		Patients patients = new Patients(workspace, "synthea", connector.schemaOf(dataset));
		PatientFilter all = PatientFilter.all(50);
		// DEATH holds persons 7, 11 and 23 (2019-05-28, 2009-09-14, 2001-07-13).
		assertEquals(3L, ((Number) Rows.single(workspace, "synthea", "SELECT COUNT(DISTINCT person_id) FROM death")).longValue());
		assertEquals(List.of(7L, 11L, 23L), patients.list(all.withDied(Optional.of(true)), null).patients().stream()
				.map(p -> ((Number) p.id()).longValue()).toList());
		assertEquals(25, patients.list(all.withDied(Optional.of(false)), null).total());
		PatientSummary person7 = patients.summary("7", null).orElseThrow();
		assertEquals(Optional.of(LocalDateTime.of(2019, 5, 28, 0, 0)), person7.death());
		assertEquals(Optional.empty(), patients.summary("27", null).orElseThrow().death());
	}
}
