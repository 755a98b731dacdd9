package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chartroom.cli.tests.ChartroomCommand.Run;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
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
 * {@code chartroom population} on the MIMIC-III demo's patients, stays, diagnoses and item dictionary
 * (CHARTEVENTS left empty to keep the import short): the Table 1 of the whole dataset, of a saved
 * cohort, the member list, and the exit codes of the contract. The figures are the ones the
 * population bundle's tests check against hand-written SQL.
 */
class PopulationVerbTest {

	private static final List<String> TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "DIAGNOSES_ICD", "D_ICD_DIAGNOSES",
			"D_ITEMS");

	@TempDir
	static Path folder;

	private static Path workspace;
	private static ChartroomCommand chartroom;

	@BeforeAll
	static void importTheDemo() throws Exception {
		String dataDir = System.getProperty("chartroom.data.dir");
		assertTrue(dataDir != null, "the build sets chartroom.data.dir");
		Path mimic = Path.of(dataDir, "mimic-iii-demo");
		Path files = Files.createDirectories(folder.resolve("files"));
		for (String table : TABLES) {
			Path file = mimic.resolve(table + ".csv.gz");
			assertTrue(Files.isRegularFile(file), "MIMIC-III demo file not found: " + file);
			Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
		}
		workspace = folder.resolve("ws");
		BundleContext context = FrameworkUtil.getBundle(PopulationVerbTest.class).getBundleContext();
		try (Workspace opened = service(context, Store.class, "(chartroom.store=derby)").open(workspace)) {
			new DatasetImport(opened, service(context, Connector.class, "(chartroom.connector=mimic3)"))
					.run(DatasetName.of("mimic3"), files, false, ImportListener.NONE, null);
		}
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	@Test
	void table1OfTheWholeDatasetAsCsv() throws Exception {
		Run run = population("--dataset", "MIMIC3", "--format", "csv", "--concept", "D_ITEMS:220045");
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(String.join("\r\n", "characteristic,value,n", "\"Patients, n\",100,100", "\"Admissions, n\",129,129",
				"\"Age at entry, years, median (IQR)\",72 (63–82),129", "\"Age at entry, years, range\",17–>89,129",
				"\"Age at entry, years, above 89, n (%)\",9 (7.0%),129", "\"Sex: F, n (%)\",55 (55.0%),100",
				"\"Sex: M, n (%)\",45 (45.0%),100", "\"Length of stay, days, median (IQR)\",6.63 (3.31–10.65),129",
				"\"Died during the entry (admissions), n (%)\",39 (30.2%),129",
				"\"Died at any time recorded (patients), n (%)\",100 (100.0%),100",
				// CHARTEVENTS is empty here: the concept is known, no entry has a value
				"\"Heart Rate (D_ITEMS 220045), first value in the entry, median (IQR)\",–,0",
				"\"Heart Rate (D_ITEMS 220045), entries with a value, n (%)\",0 (0.0%),129") + "\r\n", run.out());
		assertEquals("Table 1 of mimic3, whole dataset (entries: Admissions; 6 statistics)\n", run.err());
	}

	@Test
	void savedCohortMembersAndUnknownCohort() throws Exception {
		Path definition = Path.of(System.getProperty("chartroom.repo.dir"), "docs/cohorts/heart-failure.xmi");
		Run save = chartroom.run("cohort", "--workspace", workspace.toString(), "--dataset", "mimic3", "--definition",
				definition.toString(), "--save", "HeartFailure");
		assertEquals(0, save.exitCode(), save::toString);

		Run table = population("--dataset", "mimic3", "--cohort", "heartfailure", "--format", "csv");
		assertEquals(0, table.exitCode(), table::toString);
		assertTrue(table.out().startsWith("characteristic,value,n\r\n\"Patients, n\",35,35\r\n\"Admissions, n\",39,39\r\n"), table::toString);
		assertEquals("Table 1 of mimic3, cohort HeartFailure (entries: Admissions; 5 statistics)\n", table.err());

		Path members = folder.resolve("hf-members.csv");
		Run list = population("--dataset", "mimic3", "--cohort", "HeartFailure", "--members", "--format", "csv", "--out", members.toString());
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals("", list.out());
		List<String> lines = Files.readAllLines(members, StandardCharsets.UTF_8);
		assertEquals(40, lines.size());
		assertEquals("PATIENT_ID,ENTRY_ID,ENTRY_START,ENTRY_END", lines.get(0));
		assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("\\d+,\\d+,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,"
				+ "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")), lines::toString);

		Run unknown = population("--dataset", "mimic3", "--cohort", "Sepsis");
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertEquals("", unknown.out());
		assertEquals("chartroom: No cohort 'Sepsis' is saved for dataset mimic3 (saved: HeartFailure).\n", unknown.err());
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		Run help = chartroom.run("help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("  population "), help::toString);
		Run verbHelp = chartroom.run("population", "--help");
		assertEquals(0, verbHelp.exitCode(), verbHelp::toString);
		assertTrue(verbHelp.out().contains("--concept=DICT:CODE") && verbHelp.out().contains("--members"), verbHelp::toString);

		Run syntax = population("--dataset", "mimic3", "--concept", "heart rate");
		assertEquals(2, syntax.exitCode(), syntax::toString);
		assertTrue(syntax.err().startsWith("chartroom: --concept: 'heart rate' is not DICTIONARY:CODE (e.g. D_ITEMS:220045 or "
				+ "CONCEPT:3027018).\n"), syntax::toString);
		Run dictionary = population("--dataset", "mimic3", "--concept", "NOPE:1");
		assertEquals(2, dictionary.exitCode(), dictionary::toString);
		assertTrue(dictionary.err().startsWith("chartroom: --concept NOPE:1: No dictionary NOPE in the model of dataset mimic3"),
				dictionary::toString);
		Run code = population("--dataset", "mimic3", "--concept", "D_ITEMS:999999999");
		assertEquals(2, code.exitCode(), code::toString);
		assertTrue(code.err().startsWith("chartroom: --concept D_ITEMS:999999999: No concept 999999999 in D_ITEMS.\n"), code::toString);
		assertEquals("", code.out());

		Run format = population("--dataset", "mimic3", "--format", "svg");
		assertEquals(2, format.exitCode(), format::toString);
		Run unknown = population("--dataset", "nosuch");
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("chartroom: Unknown dataset 'nosuch'"), unknown::toString);
		assertFalse(unknown.err().contains("Exception"), unknown::toString);
	}

	private static Run population(String... args) throws Exception {
		String[] all = new String[args.length + 3];
		all[0] = "population";
		all[1] = "--workspace";
		all[2] = workspace.toString();
		System.arraycopy(args, 0, all, 3, args.length);
		return chartroom.run(all);
	}

	private static <T> T service(BundleContext context, Class<T> type, String filter) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		if (service == null) {
			throw new AssertionError("no service " + type.getName() + filter);
		}
		return service;
	}
}
