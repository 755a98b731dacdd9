package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variations real OMOP exports show, one small folder each: file names in any letter case, with or
 * without an ordering prefix; headers in any letter case; timestamps with a blank or ISO's {@code T} and
 * a zone; dates with or without a time. Each folder is imported as its own dataset.
 */
class FileVariationsTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static SmallOmop v53;
	private static SmallOmop v54;
	private static int imports;

	@BeforeAll
	static void openWorkspace() throws Exception {
		connector = Services.omop();
		workspace = Services.derby().open(folder.resolve("ws"));
		List<Dataset> schemas = connector.schemas();
		v53 = new SmallOmop(schemas.get(0));
		v54 = new SmallOmop(schemas.get(1));
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	/** Imports {@code source} as a new dataset; returns the result, its warnings in {@code warnings}. */
	private static ImportResult importFrom(Path source, List<String> warnings) throws Exception {
		return new DatasetImport(workspace, connector).run(DatasetName.of("v" + ++imports), source, false,
				new ImportListener() {
					@Override
					public void warning(String message) {
						warnings.add(message);
					}
				}, null);
	}

	private static Path source(String name) {
		return folder.resolve(name);
	}

	private static Object value(ImportResult result, String sql) throws Exception {
		return Rows.single(workspace, result.dataset().name(), sql);
	}

	private static String file(ImportResult result, String table) {
		return result.tables().stream().filter(t -> t.table().equals(table)).findFirst().map(TableLoad::file).orElseThrow();
	}

	@Test
	void upperCaseFileNames() throws Exception {
		Path source = source("upper");
		v54.write(source, "PERSON.CSV", "person", 1, 2);
		v54.write(source, "VISIT_OCCURRENCE.csv", "visit_occurrence", 1);
		v54.write(source, "CONCEPT.CSV.GZ", "concept", 7);
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals(2, value(result, "SELECT COUNT(*) FROM person"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM visit_occurrence"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM concept"));
		assertEquals("CONCEPT.CSV.GZ", file(result, "concept"));
	}

	@Test
	void lowerAndMixedCaseFileNames() throws Exception {
		Path source = source("lower");
		v54.write(source, "person.csv.gz", "person", 1, 2, 3);
		v54.write(source, "Visit_Occurrence.Csv", "visit_occurrence", 1);
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals(3, value(result, "SELECT COUNT(*) FROM person"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM visit_occurrence"));
		assertEquals("Visit_Occurrence.Csv", file(result, "visit_occurrence"));
	}

	@Test
	void withAndWithoutAPrefix() throws Exception {
		Path source = source("prefix");
		v54.write(source, "1_person.csv", "person", 1);
		v54.write(source, "2b_concept.csv", "concept", 7, 8);
		v54.write(source, "2B_CONCEPT_RELATIONSHIP.CSV", "concept_relationship", 7);
		v54.write(source, "10ab_Vocabulary.csv.gz", "vocabulary", 3);
		v54.write(source, "visit_occurrence.csv", "visit_occurrence", 1);
		v54.write(source, "2b_notes.csv", "concept", 9); // no table named notes: skipped
		List<String> warnings = new ArrayList<>();
		ImportResult result = importFrom(source, warnings);
		assertEquals(1, value(result, "SELECT COUNT(*) FROM person"));
		assertEquals(2, value(result, "SELECT COUNT(*) FROM concept"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM concept_relationship"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM vocabulary"));
		assertEquals(1, value(result, "SELECT COUNT(*) FROM visit_occurrence"));
		assertEquals(List.of("1_person.csv", "2b_concept.csv", "2B_CONCEPT_RELATIONSHIP.CSV", "10ab_Vocabulary.csv.gz"),
				List.of(file(result, "person"), file(result, "concept"), file(result, "concept_relationship"),
						file(result, "vocabulary")));
		assertEquals("2b_notes.csv matches no table of OMOP CDM 5.3 / 5.4: skipped.", warnings.get(0));
	}

	@Test
	void upperAndMixedCaseHeaders() throws Exception {
		Path source = source("headers");
		v54.write(source, "person.csv", "person", h -> h.toUpperCase(Locale.ROOT), v54.row("person", 1));
		v54.write(source, "concept.csv", "concept", h -> h.replace("valid_start_date,valid_end_date",
				"valid_start_DATE,Valid_End_Date"), v54.row("concept", 7));
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals(1L, value(result, "SELECT person_id FROM person"));
		assertEquals(LocalDate.of(2020, 1, 2), value(result, "SELECT valid_start_date FROM concept"));
	}

	@Test
	void timestampsWithABlankOrIsoTAndAZone() throws Exception {
		Path source = source("timestamps");
		v54.write(source, "person.csv", "person", 1);
		v54.write(source, "visit_occurrence.csv", "visit_occurrence", UnaryOperator.identity(),
				v54.row("visit_occurrence", 1, "visit_start_datetime", "2020-01-02 03:04:05"),
				v54.row("visit_occurrence", 2, "visit_start_datetime", "2020-01-02T03:04:05Z"),
				v54.row("visit_occurrence", 3, "visit_start_datetime", "2020-01-02T03:04:05.250Z"),
				v54.row("visit_occurrence", 4, "visit_start_datetime", "2020-01-02T03:04:05+02:00"),
				v54.row("visit_occurrence", 5, "visit_start_datetime", "2020-01-02T03:04:05-0500"),
				v54.row("visit_occurrence", 6, "visit_start_datetime", "2020-01-02 03:04:05.5"));
		ImportResult result = importFrom(source, new ArrayList<>());
		LocalDateTime written = LocalDateTime.of(2020, 1, 2, 3, 4, 5);
		List<Object> expected = List.of(written, written, written.plusNanos(250_000_000), written, written,
				written.plusNanos(500_000_000));
		assertEquals(expected, Rows.of(workspace, result.dataset().name(),
				"SELECT visit_start_datetime FROM visit_occurrence ORDER BY visit_occurrence_id").stream()
				.map(row -> row.get(0)).toList(), "the wall-clock time as written; a zone is not applied");
	}

	@Test
	void datesWithOrWithoutATimeInDateAndTimestampColumns() throws Exception {
		Path source = source("dates");
		v54.write(source, "person.csv", "person", 1);
		v54.write(source, "visit_occurrence.csv", "visit_occurrence", UnaryOperator.identity(),
				v54.row("visit_occurrence", 1, "visit_start_date", "2020-01-02"),
				v54.row("visit_occurrence", 2, "visit_start_date", "2020-01-02 00:00:00"),
				v54.row("visit_occurrence", 3, "visit_start_date", "2020-01-02T00:00:00Z"),
				v54.row("visit_occurrence", 4, "visit_start_date", "2020-01-02 13:45:00"),
				v54.row("visit_occurrence", 5, "visit_end_datetime", "2020-01-03"),
				v54.row("visit_occurrence", 6, "visit_end_datetime", "2020-01-03T00:00:00.000Z"));
		ImportResult result = importFrom(source, new ArrayList<>());
		String dataset = result.dataset().name();
		assertEquals(List.of(LocalDate.of(2020, 1, 2)), Rows.of(workspace, dataset,
				"SELECT DISTINCT visit_start_date FROM visit_occurrence").stream().map(row -> row.get(0)).toList(),
				"a DATE column keeps the day of a value with a time");
		assertEquals(List.of(LocalDateTime.of(2020, 1, 3, 0, 0), LocalDateTime.of(2020, 1, 3, 0, 0)), Rows.of(workspace,
				dataset, "SELECT visit_end_datetime FROM visit_occurrence WHERE visit_occurrence_id IN (5, 6) "
						+ "ORDER BY visit_occurrence_id").stream().map(row -> row.get(0)).toList(),
				"a date alone in a TIMESTAMP column is midnight");
	}

	@Test
	void version54FromTheColumnsWhenThereIsNoCdmSource() throws Exception {
		Path source = source("columns54");
		v54.write(source, "person.csv", "person", 1);
		v54.write(source, "visit_occurrence.csv", "visit_occurrence", 1);
		v54.write(source, "episode.csv", "episode", 1);
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals("omop-5.4", result.schema().schema().getName());
		assertEquals(Optional.of("OMOP CDM 5.4 detected from the columns of the files (episode, visit_occurrence fit 5.4 only)"),
				result.schema().reason());
	}

	@Test
	void version53FromTheColumnsWhenThereIsNoCdmSource() throws Exception {
		Path source = source("columns53");
		v53.write(source, "person.csv", "person", 1);
		v53.write(source, "visit_detail.csv", "visit_detail", 1);
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals("omop-5.3", result.schema().schema().getName());
		assertEquals(Optional.of("OMOP CDM 5.3 detected from the columns of the files (visit_detail fit 5.3 only)"),
				result.schema().reason());
		assertEquals(Optional.of("omop-5.3"), workspace.findDataset(result.dataset().name()).orElseThrow().model());
	}

	@Test
	void theNewestWhenNothingTellsTheVersionsApart() throws Exception {
		Path source = source("alike");
		v54.write(source, "person.csv", "person", 1);
		List<String> warnings = new ArrayList<>();
		ImportResult result = importFrom(source, warnings);
		assertEquals("omop-5.4", result.schema().schema().getName());
		assertEquals(Optional.of("OMOP CDM 5.4 assumed: no cdm_source version, and every file fits 5.3 and 5.4 alike"),
				result.schema().reason());
	}

	@Test
	void anUnknownCdmVersionFallsBackToTheColumns() throws Exception {
		Path source = source("v6");
		v53.write(source, "person.csv", "person", 1);
		v53.write(source, "visit_occurrence.csv", "visit_occurrence", 1);
		v53.write(source, "cdm_source.csv", "cdm_source", UnaryOperator.identity(),
				v53.row("cdm_source", 1, "cdm_version", "v6.0"));
		ImportResult result = importFrom(source, new ArrayList<>());
		assertEquals(Optional.of("OMOP CDM 5.3 detected from the columns of the files (cdm_source, visit_occurrence fit 5.3 "
				+ "only); cdm_source.cdm_version 'v6.0' names no version this connector reads (5.3, 5.4)"), result.schema().reason());
	}

	@Test
	void aFileOfTheOtherVersionIsSkippedWithAWarning() throws Exception {
		Path source = source("other");
		v54.write(source, "person.csv", "person", 1);
		v54.write(source, "cdm_source.csv", "cdm_source", UnaryOperator.identity(),
				v54.row("cdm_source", 1, "cdm_version", "5.4.1"));
		v53.write(source, "cohort_attribute.csv", "cohort_attribute", 1);
		List<String> warnings = new ArrayList<>();
		ImportResult result = importFrom(source, warnings);
		assertEquals(Optional.of("OMOP CDM 5.4 detected from cdm_source.cdm_version (5.4.1)"), result.schema().reason());
		assertEquals("cohort_attribute.csv holds table cohort_attribute, which omop-5.4 does not have: skipped.",
				warnings.get(0));
	}
}
