package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.overview.StayCount;
import org.chartroom.core.overview.TableCount;
import org.chartroom.core.overview.TimeSpan;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
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
}
