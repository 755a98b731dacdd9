package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad OMOP input stops an import with one message naming file, line, column and value, and leaves the
 * workspace as it was; a folder that is not OMOP at all says what was expected.
 */
class OmopBadInputTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static SmallOmop files;
	private static List<DatasetInfo> before;
	private static int sources;

	@BeforeAll
	static void workspaceWithOneDataset() throws Exception {
		connector = Services.omop();
		files = new SmallOmop(connector.schemas().get(1));
		workspace = Services.derby().open(folder.resolve("ws"));
		importFrom(source(), "keep");
		before = workspace.datasets();
		assertEquals(1, before.size());
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static void importFrom(Path source, String name) throws Exception {
		new DatasetImport(workspace, connector).run(DatasetName.of(name), source, false, ImportListener.NONE, null);
	}

	/** A folder with a valid person file and a cdm_source that says 5.4, to add a spoilt file to. */
	private static Path source() throws Exception {
		Path source = folder.resolve("source" + ++sources);
		files.write(source, "person.csv", "person", 1);
		files.write(source, "cdm_source.csv", "cdm_source", UnaryOperator.identity(),
				files.row("cdm_source", 1, "cdm_version", "5.4"));
		return source;
	}

	private static void assertFails(Path source, String message) throws Exception {
		ImportException e = assertThrows(ImportException.class, () -> importFrom(source, "bad"));
		assertEquals(message, e.getMessage());
		assertEquals(before, workspace.datasets(), "the workspace is unchanged");
		assertEquals(1, Rows.single(workspace, "keep", "SELECT COUNT(*) FROM person"));
	}

	@Test
	void aWrongHeaderNamesTheFileAndTheColumn() throws Exception {
		Path source = source();
		files.write(source, "visit_occurrence.csv", "visit_occurrence", h -> h.replace("visit_concept_id", "visit_kind"),
				files.row("visit_occurrence", 1));
		assertFails(source, "visit_occurrence.csv line 1: column visit_concept_id is missing from the header "
				+ "(found 'visit_kind' at position 3)");
	}

	@Test
	void aHeaderOfTheOtherVersionNamesTheColumn() throws Exception {
		Path source = source(); // cdm_source says 5.4, the file has 5.3's columns
		new SmallOmop(connector.schemas().get(0)).write(source, "VISIT_OCCURRENCE.csv", "visit_occurrence", 1);
		assertFails(source, "VISIT_OCCURRENCE.csv line 1: column admitted_from_concept_id is missing from the header "
				+ "(found 'admitting_source_concept_id' at position 13)");
	}

	@Test
	void anUnparsableTimestampNamesFileLineColumnAndValue() throws Exception {
		Path source = source();
		files.write(source, "visit_occurrence.csv", "visit_occurrence", UnaryOperator.identity(),
				files.row("visit_occurrence", 1), files.row("visit_occurrence", 2, "visit_start_datetime", "2020-01-02T25:00:00Z"));
		assertFails(source, "visit_occurrence.csv line 3, column visit_start_datetime: '2020-01-02T25:00:00Z' is not a "
				+ "valid timestamp (expected YYYY-MM-DD HH:MM:SS)");
	}

	@Test
	void textInATimestampColumn() throws Exception {
		Path source = source();
		files.write(source, "visit_occurrence.csv.gz", "visit_occurrence", UnaryOperator.identity(),
				files.row("visit_occurrence", 1, "visit_end_datetime", "yesterday"));
		assertFails(source, "visit_occurrence.csv.gz line 2, column visit_end_datetime: 'yesterday' is not a timestamp "
				+ "(expected YYYY-MM-DD HH:MM:SS)");
	}

	@Test
	void anUnparsableDate() throws Exception {
		Path source = source();
		files.write(source, "condition_occurrence.csv", "condition_occurrence", UnaryOperator.identity(),
				files.row("condition_occurrence", 1, "condition_start_date", "2020-13-01"));
		assertFails(source, "condition_occurrence.csv line 2, column condition_start_date: '2020-13-01' is not a valid "
				+ "date (expected YYYY-MM-DD)");
	}

	@Test
	void aRecordWithTooFewFields() throws Exception {
		Path source = source();
		String row = files.row("visit_detail", 2);
		files.write(source, "visit_detail.csv", "visit_detail", UnaryOperator.identity(), files.row("visit_detail", 1),
				row.substring(0, row.lastIndexOf(',')));
		assertFails(source, "visit_detail.csv line 3: the record has 18 fields, expected 19 (the columns of visit_detail)");
	}

	@Test
	void aSigned64BitIdOutOfRange() throws Exception {
		Path source = source();
		files.write(source, "death.csv", "death", UnaryOperator.identity(),
				files.row("death", 1, "person_id", "9223372036854775808"));
		assertFails(source, "death.csv line 2, column person_id: '9223372036854775808' is out of range for BIGINT");
	}

	@Test
	void aMissingPersonFile() throws Exception {
		Path source = folder.resolve("no-person");
		files.write(source, "visit_occurrence.csv", "visit_occurrence", 1);
		assertFails(source, "Missing required file in " + source + ": person.csv.gz (or person.csv).");
	}

	@Test
	void theMimic3DemoIsNotOmop() throws Exception {
		Path mimic3 = DataFolders.mimic3();
		assertFails(mimic3, mimic3 + " holds no OMOP CDM files: none of its 26 CSV files (ADMISSIONS.csv.gz, "
				+ "CALLOUT.csv.gz, CAREGIVERS.csv.gz, CHARTEVENTS.csv.gz, CPTEVENTS.csv.gz and 21 more) is named after a "
				+ "table of the CDM. Expected person.csv, visit_occurrence.csv, visit_detail.csv, condition_occurrence.csv, "
				+ "drug_exposure.csv, procedure_occurrence.csv, device_exposure.csv, measurement.csv, observation.csv, "
				+ "death.csv, note.csv, specimen.csv, concept.csv and the other CDM tables (person is required), each .csv "
				+ "or .csv.gz in any letter case.");
	}
}
