package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.overview.StayCount;
import org.chartroom.core.overview.TableCount;
import org.chartroom.core.overview.TimeSpan;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the MIMIC-IV demo in OMOP CDM 5.3.1 ({@code <chartroom.data.dir>/mimic-iv-demo-omop}, the
 * parent of its one folder of CSVs) into a fresh workspace and checks it against COUNTS.md and the raw files.
 */
class OmopDemoImportTest {

	/** Records per table, from ../shared/data/mimic-iv-demo-omop/COUNTS.md; 0 for the 5.3 tables without a file. */
	static final Map<String, Long> RECORDS = new TreeMap<>(Map.ofEntries(Map.entry("CONCEPT", 3885L),
			Map.entry("CONCEPT_RELATIONSHIP", 7716L), Map.entry("VOCABULARY", 27L), Map.entry("ATTRIBUTE_DEFINITION", 0L),
			Map.entry("CARE_SITE", 31L), Map.entry("CDM_SOURCE", 1L), Map.entry("COHORT", 0L),
			Map.entry("COHORT_ATTRIBUTE", 0L), Map.entry("COHORT_DEFINITION", 0L), Map.entry("CONDITION_ERA", 3771L),
			Map.entry("CONDITION_OCCURRENCE", 16441L), Map.entry("COST", 0L), Map.entry("DEATH", 15L),
			Map.entry("DEVICE_EXPOSURE", 3855L), Map.entry("DOSE_ERA", 117L), Map.entry("DRUG_ERA", 7931L),
			Map.entry("DRUG_EXPOSURE", 18229L), Map.entry("FACT_RELATIONSHIP", 1752L), Map.entry("LOCATION", 1L),
			Map.entry("METADATA", 0L), Map.entry("NOTE", 0L), Map.entry("NOTE_NLP", 0L),
			Map.entry("OBSERVATION_PERIOD", 100L), Map.entry("PAYER_PLAN_PERIOD", 0L), Map.entry("PERSON", 100L),
			Map.entry("PROCEDURE_OCCURRENCE", 18447L), Map.entry("PROVIDER", 0L), Map.entry("SPECIMEN", 150L),
			Map.entry("VISIT_DETAIL", 14479L), Map.entry("VISIT_OCCURRENCE", 852L),
			// absent from this copy (measurement, observation) or from the release (the rest of the vocabulary)
			Map.entry("MEASUREMENT", 0L), Map.entry("OBSERVATION", 0L), Map.entry("DOMAIN", 0L),
			Map.entry("CONCEPT_CLASS", 0L), Map.entry("RELATIONSHIP", 0L), Map.entry("CONCEPT_SYNONYM", 0L),
			Map.entry("CONCEPT_ANCESTOR", 0L), Map.entry("SOURCE_TO_CONCEPT_MAP", 0L), Map.entry("DRUG_STRENGTH", 0L)));

	/** The person of notes/data-quirks.md: MIMIC subject_id 10011398. */
	static final String PERSON = "-3210373572193940939";

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static ImportResult result;
	private static final List<String> warnings = new ArrayList<>();
	private static final List<SchemaChoice> choices = new ArrayList<>();

	@BeforeAll
	static void importTheDemo() throws Exception {
		Path demo = DataFolders.omopDemo(); // the parent: its one folder holds the CSVs
		connector = Services.omop();
		workspace = Services.derby().open(folder.resolve("ws"));
		result = new DatasetImport(workspace, connector).run(DatasetName.of("omop_demo"), demo, false, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}

			@Override
			public void schemaChosen(SchemaChoice choice) {
				choices.add(choice);
			}
		}, null);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static Object value(String sql) throws Exception {
		return Rows.single(workspace, "omop_demo", sql);
	}

	@Test
	void version53IsDetectedFromCdmSourceAndRecordedWithTheDataset() throws Exception {
		String how = "OMOP CDM 5.3 detected from cdm_source.cdm_version (5.3.1)";
		assertEquals("omop-5.3", result.schema().schema().getName());
		assertEquals(Optional.of(how), result.schema().reason());
		assertEquals(List.of(result.schema()), choices, "the listener heard the choice once");
		DatasetInfo stored = workspace.findDataset("OMOP_DEMO").orElseThrow();
		assertEquals("omop", stored.sourceKind());
		assertEquals(Optional.of("omop-5.3"), stored.model());
		assertEquals("omop-5.3", connector.schemaOf(stored).getName(), "readers take the version it was imported with");
	}

	@Test
	void everyTableHasExactlyTheRowsOfItsFile() throws Exception {
		Map<String, Long> stored = new TreeMap<>();
		for (TableInfo table : workspace.tables("omop_demo")) {
			stored.put(table.name(), table.rowCount());
		}
		assertEquals(RECORDS, stored);
		assertEquals(39, result.dataset().tableCount());
		assertEquals(RECORDS.values().stream().mapToLong(Long::longValue).sum(), result.totalRows());
	}

	@Test
	void absentFilesAreCreatedEmptyAndNamedInTheWarnings() throws Exception {
		String location = DataFolders.omopDemoCsv().toString();
		// in the model's order; the vocabulary tables besides concept, concept_relationship and vocabulary are not in the release
		assertEquals(List.of("domain", "concept_class", "relationship", "concept_synonym", "concept_ancestor",
				"source_to_concept_map", "drug_strength", "measurement", "observation").stream()
				.map(t -> "No file for table " + t + " in " + location + ": created empty.").toList(), warnings);
		assertEquals(0, value("SELECT COUNT(*) FROM measurement"));
		assertEquals(0, value("SELECT COUNT(*) FROM observation"));
	}

	@Test
	void hundredPersonsWithSignedSixtyFourBitIds() throws Exception {
		assertEquals(100, value("SELECT COUNT(DISTINCT person_id) FROM person"));
		assertEquals(List.of(List.of(8507L, 2079, "10011398", "M", 38003563L)), Rows.of(workspace, "omop_demo",
				"SELECT gender_concept_id, year_of_birth, person_source_value, gender_source_value, ethnicity_concept_id "
						+ "FROM person WHERE person_id = " + PERSON));
		assertNull(value("SELECT birth_datetime FROM person WHERE person_id = " + PERSON), "empty in the file");
		assertEquals("2b_concept.csv.gz", result.tables().stream().filter(t -> t.table().equals("concept")).findFirst()
				.orElseThrow().file(), "the vocabulary file's 2b_ prefix is dropped");
	}

	@Test
	void theOverviewCountsPersonsVisitsAndVisitDetailsAndSpansTheVisits() throws Exception {
		DatasetOverview overview = new DatasetOverviewReader(workspace).read("omop_demo",
				connector.schemaOf(workspace.findDataset("omop_demo").orElseThrow()), null);
		assertEquals(Optional.of(new TableCount("Patients", "PERSON", 100)), overview.patients());
		assertEquals(List.of(new StayCount("Visits", "VISIT_OCCURRENCE", 1, 852),
				new StayCount("Visit details", "VISIT_DETAIL", 2, 14479)), overview.stays());
		// MIN(visit_start_datetime) and MAX(visit_end_datetime) of visit_occurrence.csv.gz, checked with a CSV parser
		assertEquals(Optional.of(new TimeSpan(LocalDateTime.of(2110, 1, 4, 14, 33), LocalDateTime.of(2202, 8, 26, 14, 0))),
				overview.timeSpan());
	}

	@Test
	void aKnownPersonsVisitsAndConditionsAsTheFilesHaveThem() throws Exception {
		Path csv = DataFolders.omopDemoCsv();
		assertEquals(6, RawCsv.assertSameRows(workspace, "omop_demo", result.schema().schema(),
				csv.resolve("visit_occurrence.csv.gz"), "visit_occurrence", "person_id", PERSON));
		assertEquals(37, RawCsv.assertSameRows(workspace, "omop_demo", result.schema().schema(),
				csv.resolve("condition_occurrence.csv.gz"), "condition_occurrence", "person_id", PERSON));
		assertEquals(LocalDate.of(2146, 5, 28), value("SELECT MIN(visit_start_date) FROM visit_occurrence WHERE person_id = "
				+ PERSON), "a DATE column");
		assertEquals("78791  ", value("SELECT condition_source_value FROM condition_occurrence "
				+ "WHERE condition_occurrence_id = 7000818053728441484"), "padded source values keep their blanks");
	}

	@Test
	void customConceptsAreInTheDictionaryAndStandardOnesAreNot() throws Exception {
		assertEquals("Caffeine Citrate 1 Syringe", value("SELECT concept_name FROM concept WHERE concept_id = 2000011360"));
		assertEquals(0, value("SELECT COUNT(*) FROM concept WHERE concept_id = 8507"), "the reduced vocabulary");
		assertEquals(LocalDate.of(1970, 1, 1), value("SELECT valid_start_date FROM concept WHERE concept_id = 2000011360"),
				"read from the mixed-case header valid_start_DATE");
	}
}
