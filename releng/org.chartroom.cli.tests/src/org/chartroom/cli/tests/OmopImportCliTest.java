package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./chartroom import --source omop} on the MIMIC-IV demo in OMOP CDM 5.3.1, then {@code info} on it. */
class OmopImportCliTest {

	@TempDir
	static Path folder;

	private static ChartroomCommand chartroom;
	private static Path data;

	@BeforeAll
	static void command() {
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
		String dataDir = System.getProperty("chartroom.data.dir");
		assertTrue(dataDir != null, "the build sets chartroom.data.dir");
		data = Path.of(dataDir);
	}

	@Test
	void theOmopDemoImportsWithItsVersionAndWarningsOnStderrThenInfoDescribesIt() throws Exception {
		Path demo = data.resolve("mimic-iv-demo-omop");
		assertTrue(Files.isDirectory(demo), "OMOP demo folder not found: " + demo);
		Path csv = demo.resolve("1_omop_data_csv");
		Path workspace = folder.resolve("omop");

		Run run = chartroom.run("import", "--workspace", workspace.toString(), "--dataset", "omop", "--source", "omop",
				demo.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("Imported dataset omop: 39 tables, 97900 rows in [0-9]+\\.[0-9] s\n"), run::toString);
		assertTrue(run.err().startsWith("Model omop-5.3: OMOP CDM 5.3 detected from cdm_source.cdm_version (5.3.1)\n"),
				run::toString);
		for (String table : List.of("measurement", "observation", "concept_ancestor")) {
			assertTrue(run.err().contains("\nwarning: No file for table " + table + " in " + csv + ": created empty.\n"),
					() -> table + ": " + run);
		}
		assertTrue(Pattern.compile("\nconcept +3,885 rows ").matcher(run.err()).find(), "a line per loaded table: " + run);
		assertFalse(run.err().contains("Exception"), run::toString);

		Run info = chartroom.run("info", "--workspace", workspace.toString(), "--dataset", "OMOP");
		assertEquals(0, info.exitCode(), info::toString);
		assertEquals("", info.err());
		String out = info.out().replaceFirst("(?m)^Created    [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$", "Created    <time>");
		assertTrue(out.startsWith("Dataset    omop\nSource     omop\nCreated    <time>\nTables     39\nModel      omop-5.3\n"
				+ "Patients   100\nVisits     852\nVisit details 14479\n"
				+ "Time span  2110-01-04 14:33:00 to 2202-08-26 14:00:00\n\nTABLE "), out);
		assertTrue(out.contains("\nPERSON  "), out);
		assertTrue(out.contains("\nVISIT_DETAIL "), out);

		Run persons = chartroom.run("query", "--workspace", workspace.toString(), "--dataset", "omop", "--format", "csv",
				"SELECT person_source_value, year_of_birth FROM person WHERE person_id = -3210373572193940939");
		assertEquals(0, persons.exitCode(), persons::toString);
		assertEquals("PERSON_SOURCE_VALUE,YEAR_OF_BIRTH\r\n10011398,2079\r\n", persons.out());
	}

	@Test
	void theMimic3DemoGivenAsOmopFailsAndSaysWhatIsMissing() throws Exception {
		Path mimic3 = data.resolve("mimic-iii-demo");
		Path workspace = folder.resolve("not-omop");
		Run run = chartroom.run("import", "--workspace", workspace.toString(), "--dataset", "wrong", "--source", "omop",
				mimic3.toString());
		assertEquals(1, run.exitCode(), run::toString);
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("chartroom: " + mimic3 + " holds no OMOP CDM files: none of its 26 CSV files "
				+ "(ADMISSIONS.csv.gz, "), run::toString);
		assertTrue(run.err().contains("Expected person.csv, visit_occurrence.csv, "), run::toString);
		Run info = chartroom.run("info", "--workspace", workspace.toString());
		assertTrue(info.out().contains("\nDatasets   none\n"), info::toString);
	}
}
