package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The command-line contract ({@code shared/notes/cli.md}) checked against the built product:
 * exit codes, stdout versus stderr, formats, and one process per workspace.
 */
class CliContractTest {

	private static final String DERBY = "Apache Derby 10.17.1.0 (embedded)";

	@TempDir
	static Path folder;

	private static Store store;
	private static Path demo;
	private static ChartroomCommand chartroom;

	@BeforeAll
	static void createDemoWorkspace() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(CliContractTest.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		demo = folder.resolve("demo-ws");
		try (Workspace workspace = store.open(demo);
				DatasetDraft draft = workspace.createDataset(DatasetName.of("demo"), "test");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER CHAR(1), "
					+ "DOB TIMESTAMP, DOD TIMESTAMP, EXPIRE_FLAG SMALLINT, LABEL VARCHAR(20))");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES "
					+ "(10006, 'F', '2094-03-05 00:00:00', '2165-08-12 00:00:00', 1, 'NA'), "
					+ "(10011, 'F', '2090-06-05 00:00:00', '2126-08-28 00:00:00', 1, ''), "
					+ "(10013, 'M', '2038-09-03 00:00:00', NULL, 0, NULL)");
			draft.publish(false);
		}
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	private static void assertClean(Run run) {
		assertFalse(run.err().contains("Exception"), () -> "no stack trace expected:\n" + run);
		assertFalse(run.err().contains("building the product"), () -> "the product must be up to date:\n" + run);
	}

	@Test
	void infoOnAFreshWorkspacePrintsItCleanly() throws Exception {
		Path fresh = folder.resolve("fresh");
		Run run = chartroom.run("info", "--workspace", fresh.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("Workspace  " + fresh + "\nStore      " + DERBY + "\nDatasets   none\n", run.out());
		assertEquals("", run.err());
	}

	@Test
	void theWorkspaceComesFromTheOptionThenTheEnvironmentThenHome() throws Exception {
		Run before = chartroom.run("--workspace", demo.toString(), "info");
		assertEquals(0, before.exitCode(), before::toString);
		assertTrue(before.out().startsWith("Workspace  " + demo + "\n"), before::toString);
		assertTrue(before.out().contains("\nDatasets   1\n"), before::toString);
		assertTrue(before.out().contains("demo  test         1  "), before::toString);

		Run environment = new ChartroomCommand(Map.of("CHARTROOM_WORKSPACE", demo.toString(),
				"HOME", folder.resolve("home").toString())).run("info");
		assertTrue(environment.out().startsWith("Workspace  " + demo + "\n"), environment::toString);

		Run home = chartroom.run("info");
		assertTrue(home.out().startsWith("Workspace  " + folder.resolve("home/.chartroom/workspace") + "\n"), home::toString);
	}

	/** The Created line shows the local time of publishing; the rest of the output is fixed. */
	private static String withoutCreatedTime(String out) {
		return out.replaceFirst("(?m)^Created    [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$", "Created    <time>");
	}

	@Test
	void infoOfADatasetListsItsTables() throws Exception {
		Run run = chartroom.run("info", "--dataset", "DEMO", "--workspace", demo.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("Dataset    demo\nSource     test\nCreated    <time>\nTables     1\n\n"
				+ "TABLE     COLUMNS  ROWS\n--------  -------  ----\nPATIENTS        6     3\n", withoutCreatedTime(run.out()));
		assertEquals("warning: no connector 'test' is installed (installed: mimic3, omop): patients, stays and time span of "
				+ "dataset demo are not shown.\n", run.err(), "row counts without the model, and a warning naming the connector");
	}

	@Test
	void csvIsExactlyTheContractsCsv() throws Exception {
		Run run = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "--format", "csv",
				"SELECT subject_id, gender, dob, dod, label FROM patients ORDER BY subject_id");
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("SUBJECT_ID,GENDER,DOB,DOD,LABEL\r\n"
				+ "10006,F,2094-03-05 00:00:00,2165-08-12 00:00:00,NA\r\n"
				+ "10011,F,2090-06-05 00:00:00,2126-08-28 00:00:00,\"\"\r\n"
				+ "10013,M,2038-09-03 00:00:00,,\r\n", run.out());
		assertEquals("", run.err());
	}

	@Test
	void jsonAndTableFormats() throws Exception {
		Run json = chartroom.run("--workspace", demo.toString(), "query", "--dataset", "demo", "--format", "json",
				"SELECT gender, COUNT(*) AS patients FROM patients GROUP BY gender ORDER BY gender");
		assertEquals(0, json.exitCode(), json::toString);
		assertEquals("{\"columns\":[{\"name\":\"GENDER\",\"type\":\"CHAR\"},{\"name\":\"PATIENTS\",\"type\":\"INTEGER\"}],"
				+ "\"rows\":[[\"F\",2],[\"M\",1]],\"rowCount\":2}\n", json.out());

		Run table = chartroom.run("--workspace", demo.toString(), "query", "--dataset", "demo",
				"SELECT gender, COUNT(*) AS patients FROM patients GROUP BY gender ORDER BY gender");
		assertEquals(0, table.exitCode(), table::toString);
		assertEquals("GENDER  PATIENTS\n------  --------\nF              2\nM              1\n", table.out());
		assertEquals("2 rows\n", table.err());
	}

	@Test
	void helpListsTheVerbsAndVerbHelpDescribesOne() throws Exception {
		Run help = chartroom.run("help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("  info ") && help.out().contains("  query ") && help.out().contains("  import "), help::toString);
		Run queryHelp = chartroom.run("query", "--help");
		assertEquals(0, queryHelp.exitCode(), queryHelp::toString);
		assertTrue(queryHelp.out().contains("--dataset=NAME"), queryHelp::toString);
	}

	@Test
	void usageErrorsExitWithTwo() throws Exception {
		Run verb = chartroom.run("frobnicate");
		assertEquals(2, verb.exitCode(), verb::toString);
		assertTrue(verb.err().startsWith("chartroom: Unknown verb 'frobnicate'.\n"), verb::toString);
		assertEquals("", verb.out());

		Run missing = chartroom.run("query", "--workspace", demo.toString(), "SELECT 1 FROM patients");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("chartroom: Missing required option: '--dataset=NAME'\n"), missing::toString);

		Run format = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "--format", "xml",
				"SELECT 1 FROM patients");
		assertEquals(2, format.exitCode(), format::toString);
		assertTrue(format.err().contains("xml"), format::toString);
	}

	@Test
	void failuresExitWithOneAndSayWhy() throws Exception {
		Run dataset = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "mimic", "SELECT 1 FROM patients");
		assertEquals(1, dataset.exitCode(), dataset::toString);
		assertEquals("chartroom: Unknown dataset 'mimic' in workspace " + demo + ": its datasets are demo.\n", dataset.err());
		assertClean(dataset);

		Run sql = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "SELEC * FROM patients");
		assertEquals(1, sql.exitCode(), sql::toString);
		assertEquals("chartroom: SQL error in dataset 'demo': Syntax error: Encountered \"SELEC\" at line 1, column 1.\n",
				sql.err());

		Run syntax = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "SELECT * FROM");
		assertEquals(1, syntax.exitCode(), syntax::toString);
		assertEquals("chartroom: SQL error in dataset 'demo': Syntax error: Encountered \"<EOF>\" at line 1, column 13.\n",
				syntax.err());

		Run write = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "DELETE FROM patients");
		assertEquals(1, write.exitCode(), write::toString);
		assertEquals("chartroom: Refused: DELETE statements would change dataset 'demo'. Queries here are read-only: "
				+ "use SELECT or VALUES.\n", write.err());
		Run count = chartroom.run("query", "--workspace", demo.toString(), "--dataset", "demo", "--format", "csv",
				"SELECT COUNT(*) AS N FROM patients");
		assertEquals("N\r\n3\r\n", count.out(), "the refused DELETE changed nothing");
	}

	@Test
	void aWorkspaceHeldByAnotherProcessIsRefused() throws Exception {
		Path held = folder.resolve("held");
		try (Workspace workspace = store.open(held)) {
			Run run = chartroom.run("info", "--workspace", held.toString());
			assertEquals(1, run.exitCode(), run::toString);
			assertEquals("chartroom: The workspace " + held + " is in use by another Chartroom process (pid "
					+ ProcessHandle.current().pid() + "). Close it, or choose another workspace with --workspace.\n", run.err());
			assertEquals("", run.out());
		}
		Run after = chartroom.run("info", "--workspace", held.toString());
		assertEquals(0, after.exitCode(), "released when the holder closes it: " + after);
	}

	/** Waits until the running import reports on stderr that CHARTEVENTS is loading; fails if it ends first. */
	private static void awaitLoadingChartevents(ChartroomCommand.Running running) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // a broken build fails instead of hanging
		while (!running.err().contains("\n  CHARTEVENTS ")) {
			if (!running.process().isAlive()) {
				fail("the import ended before CHARTEVENTS was loading: exit " + running.process().exitValue()
						+ "\n--- stdout\n" + running.out() + "--- stderr\n" + running.err());
			}
			if (System.nanoTime() > deadline) {
				fail("no progress line for CHARTEVENTS in 10 minutes:\n" + running.err());
			}
			Thread.sleep(200);
		}
	}

	/**
	 * The MIMIC-III demo imported as a user would: a first import killed with SIGKILL while CHARTEVENTS
	 * loads leaves nothing visible, and the next import of the same name succeeds. One full import
	 * serves the rest of the contract: the summary on stdout, a query, a second import refused.
	 */
	@Test
	void anImportKilledMidCharteventsLeavesNothingThenTheDemoImportsAndASecondImportIsRefused() throws Exception {
		String dataDir = System.getProperty("chartroom.data.dir");
		assertTrue(dataDir != null, "the build sets chartroom.data.dir");
		Path mimic = Path.of(dataDir, "mimic-iii-demo");
		assertTrue(java.nio.file.Files.isDirectory(mimic), "MIMIC-III demo folder not found: " + mimic);
		Path workspace = folder.resolve("imported");

		try (ChartroomCommand.Running killed = chartroom.start("--workspace", workspace.toString(), "import", "--dataset",
				"mimic3", "--source", "mimic3", mimic.toString())) {
			awaitLoadingChartevents(killed);
			killed.kill();
			assertEquals("", killed.out(), "killed before the summary");
		}
		Run info = chartroom.run("--workspace", workspace.toString(), "info");
		assertEquals(0, info.exitCode(), info::toString);
		assertTrue(info.out().contains("\nDatasets   none\n"), info::toString);

		Run run = chartroom.run("import", "--workspace", workspace.toString(), "--dataset", "mimic3", "--source", "mimic3",
				mimic.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("Imported dataset mimic3: 26 tables, 967139 rows in [0-9]+\\.[0-9] s\n"), run::toString);
		assertTrue(run.err().contains("\nCHARTEVENTS               758,355 rows "), "progress per table on stderr: " + run);
		assertClean(run);

		Run count = chartroom.run("query", "--workspace", workspace.toString(), "--dataset", "mimic3", "--format", "csv",
				"SELECT COUNT(*) AS N FROM patients");
		assertEquals(0, count.exitCode(), count::toString);
		assertEquals("N\r\n100\r\n", count.out());
		Run schemas = chartroom.run("query", "--workspace", workspace.toString(), "--dataset", "mimic3", "--format", "csv",
				"SELECT COUNT(*) AS N FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS\\_%' ESCAPE '\\'");
		assertEquals("N\r\n1\r\n", schemas.out(), "the killed import's draft schema is gone: " + schemas);

		// the span is MIN(ADMITTIME) to MAX(DISCHTIME) of ADMISSIONS.csv.gz, the level-1 stays
		Run overview = chartroom.run("info", "--workspace", workspace.toString(), "--dataset", "MIMIC3");
		assertEquals(0, overview.exitCode(), overview::toString);
		assertEquals("", overview.err());
		String out = withoutCreatedTime(overview.out());
		assertTrue(out.startsWith("Dataset    mimic3\nSource     mimic3\nCreated    <time>\nTables     26\n"
				+ "Patients   100\nAdmissions 129\nICU stays  136\nTime span  2102-08-29 07:15:00 to 2202-10-11 16:30:00\n\n"
				+ "TABLE               COLUMNS    ROWS\n"), overview::toString);
		assertTrue(out.contains("\nCHARTEVENTS              15  758355\n"), overview::toString);
		assertTrue(out.endsWith("\nTRANSFERS                13     524\n"), overview::toString);
		assertEquals(4 + 4 + 1 + 2 + 26, out.lines().count(), overview::toString);

		Run again = chartroom.run("import", "--workspace", workspace.toString(), "--dataset", "MIMIC3", "--source", "mimic3",
				mimic.toString());
		assertEquals(1, again.exitCode(), again::toString);
		assertEquals("chartroom: A dataset named 'mimic3' already exists in workspace " + workspace
				+ ". Use --replace to replace it.\n", again.err());
		assertEquals("", again.out());
	}

	@Test
	void importUsageErrors() throws Exception {
		Run unknown = chartroom.run("import", "--workspace", folder.resolve("usage").toString(), "--dataset", "x",
				"--source", "nosuch", folder.toString());
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("chartroom: Unknown source 'nosuch'. Known sources: mimic3, omop.\n"), unknown::toString);

		Run name = chartroom.run("import", "--workspace", folder.resolve("usage").toString(), "--dataset", "9lives",
				"--source", "mimic3", folder.toString());
		assertEquals(2, name.exitCode(), name::toString);
		assertTrue(name.err().startsWith("chartroom: '9lives' is not a valid dataset name"), name::toString);

		Run missing = chartroom.run("import", "--workspace", folder.resolve("usage").toString(), "--dataset", "x",
				folder.toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("chartroom: Missing required option: '--source=KIND'\n"), missing::toString);
	}

	@Test
	void generateWritesTheSyntheticMimic3FilesIntoANewFolder() throws Exception {
		Path out = folder.resolve("generated");
		Run run = chartroom.run("generate", "--source", "mimic3", "--patients", "5", "--seed", "7", out.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().matches("Generated 26 files, [0-9,]+ rows for 5 patients in " + Pattern.quote(out.toString()) + "\n"),
				run::toString);
		assertTrue(run.err().contains("100%") && run.err().contains("CHARTEVENTS"), "progress and tables on stderr: " + run);
		assertClean(run);
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(26, files.filter(f -> f.getFileName().toString().endsWith(".csv.gz")).count());
		}
	}

	@Test
	void generateRefusesBadInput() throws Exception {
		Path zero = folder.resolve("zero");
		Run none = chartroom.run("generate", "--source", "mimic3", "--patients", "0", zero.toString());
		assertEquals(2, none.exitCode(), none::toString);
		assertTrue(none.err().startsWith("chartroom: --patients must be between 1 and 200,000, not 0.\n"), none::toString);
		assertFalse(Files.exists(zero), "nothing written");

		Run unknown = chartroom.run("generate", "--source", "nosuch", "--patients", "5", zero.toString());
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("chartroom: Unknown source 'nosuch'. Known generators: mimic3.\n"), unknown::toString);

		Path used = Files.createDirectories(folder.resolve("used"));
		Files.writeString(used.resolve("keep.txt"), "mine");
		Run full = chartroom.run("generate", "--source", "mimic3", "--patients", "5", used.toString());
		assertEquals(1, full.exitCode(), full::toString);
		assertEquals("chartroom: The folder " + used + " is not empty. Give a new or empty folder: generate never overwrites files.\n",
				full.err());
		assertEquals("", full.out());
		assertEquals("mine", Files.readString(used.resolve("keep.txt")));
	}
}
