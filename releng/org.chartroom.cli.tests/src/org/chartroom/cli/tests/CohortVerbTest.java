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
 * {@code chartroom cohort} on the MIMIC-III demo's patients, stays and diagnoses (imported once
 * beforehand): counts and attrition on stdout, members as CSV, saving, ATLAS JSON with its warnings,
 * and the exit codes of the contract. 129 admissions of 100 patients; 39 admissions of 35 patients
 * have a diagnosis coded 4280* ({@code SELECT COUNT(*), COUNT(DISTINCT SUBJECT_ID) FROM ADMISSIONS
 * WHERE HADM_ID IN (SELECT HADM_ID FROM DIAGNOSES_ICD WHERE ICD9_CODE LIKE '4280%')}).
 */
class CohortVerbTest {

	private static final List<String> TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "DIAGNOSES_ICD", "D_ICD_DIAGNOSES");

	private static final String HEART_FAILURE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<cohort:Cohort xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:cohort="http://chartroom.org/model/cohort/1.0" entryLevel="admission">
			  <criteria xsi:type="cohort:ConceptCriterion" label="Heart failure (ICD9 4280*)" table="DIAGNOSES_ICD" codePrefix="true" sameStay="true">
			    <codes>4280</codes>
			  </criteria>
			</cohort:Cohort>
			""";

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
		BundleContext context = FrameworkUtil.getBundle(CohortVerbTest.class).getBundleContext();
		try (Workspace opened = service(context, Store.class, "(chartroom.store=derby)").open(workspace)) {
			new DatasetImport(opened, service(context, Connector.class, "(chartroom.connector=mimic3)"))
					.run(DatasetName.of("mimic3"), files, false, ImportListener.NONE, null);
		}
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	@Test
	void countsAndAttritionOnStdout() throws Exception {
		Path definition = write("heart-failure.xmi", HEART_FAILURE);
		Run run = cohort("--dataset", "MIMIC3", "--definition", definition.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.err());
		assertEquals("""
				Dataset    mimic3
				Entries    39 Admissions
				Patients   35

				Attrition                    entries  patients
				Admissions                       129       100
				Heart failure (ICD9 4280*)        39        35
				""", run.out());
	}

	@Test
	void savedWithItsMembersAndWrittenAsCsv() throws Exception {
		Path definition = write("hf.xmi", HEART_FAILURE);
		Path members = folder.resolve("members.csv");
		Run run = cohort("--dataset", "mimic3", "--definition", definition.toString(), "--save", "HeartFailure", "--out",
				members.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("Saved cohort HeartFailure of dataset mimic3: 39 entries in CHARTROOM_COHORT_MEMBERS.\n", run.err());
		List<String> lines = Files.readAllLines(members, StandardCharsets.UTF_8);
		assertEquals(40, lines.size());
		assertEquals("ENTRY_ID,PATIENT_ID,ENTRY_START,ENTRY_END", lines.get(0));
		assertTrue(Files.readString(members).endsWith("\r\n"));
		assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("\\d+,\\d+,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,"
				+ "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")), lines::toString);
		assertTrue(Files.isRegularFile(workspace.resolve("cohorts/MIMIC3/HeartFailure.xmi")));

		Run saved = chartroom.run("query", "--workspace", workspace.toString(), "--dataset", "mimic3", "--format", "csv",
				"SELECT COUNT(*), COUNT(DISTINCT PATIENT_ID) FROM CHARTROOM_COHORT_MEMBERS WHERE COHORT_NAME = 'HEARTFAILURE'");
		assertEquals(0, saved.exitCode(), saved::toString);
		assertEquals("1,2\r\n39,35\r\n", saved.out());

		// The cohort report takes the saved cohort by name (any letter case); all 100 demo patients died.
		Path report = folder.resolve("hf-report.html");
		Run summary = chartroom.run("report", "--workspace", workspace.toString(), "--dataset", "mimic3", "--report", "cohort",
				"--param", "cohort=heartfailure", "--out", report.toString());
		assertEquals(0, summary.exitCode(), summary::toString);
		String page = Files.readString(report).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertTrue(page.contains("cohort heartfailure."), page);
		assertTrue(page.contains("Cohort 35 35 100.0% Whole dataset 100 100 100.0%"), page);

		Run unknown = chartroom.run("report", "--workspace", workspace.toString(), "--dataset", "mimic3", "--report", "cohort",
				"--param", "cohort=Sepsis", "--out", folder.resolve("sepsis.html").toString());
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertEquals("chartroom: No cohort 'Sepsis' is saved for dataset mimic3 (saved: HeartFailure).\n", unknown.err());
		assertFalse(Files.exists(folder.resolve("sepsis.html")));

		Run both = chartroom.run("report", "--workspace", workspace.toString(), "--dataset", "mimic3", "--report", "cohort",
				"--param", "cohort=HeartFailure", "--param", "patients=10006", "--out", folder.resolve("both.html").toString());
		assertEquals(2, both.exitCode(), both::toString);
		assertTrue(both.err().startsWith("chartroom: The report 'cohort' needs either the parameter 'cohort' (a saved cohort's "
				+ "name) or 'patients' (comma-separated patient ids), not both.\n"), both::toString);
	}

	@Test
	void atlasJsonWithWarningsForWhatIsLeftOut() throws Exception {
		Path definition = write("adults.json", """
				{"ConceptSets": [],
				 "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"VisitLength": {"Value": 2, "Op": "gte"}}}],
				   "ObservationWindow": {"PriorDays": 0, "PostDays": 0}, "PrimaryCriteriaLimit": {"Type": "First"}},
				 "InclusionRules": [{"name": "Adults", "expression": {"Type": "ALL", "CriteriaList": [],
				   "DemographicCriteriaList": [{"Age": {"Value": 18, "Op": "bt", "Extent": 89}}], "Groups": []}}]}
				""");
		Run run = cohort("--dataset", "mimic3", "--definition", definition.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("warning: PrimaryCriteria.PrimaryCriteriaLimit.Type: only All entries are supported\n", run.err());
		assertTrue(run.out().startsWith("Dataset    mimic3\nEntries    "), run::toString);
		assertTrue(run.out().contains("\nAdmissions  "), run::toString);
		assertTrue(run.out().contains("\nAdults  "), run::toString);
	}

	@Test
	void badInputFailsWithExitOneAndNothingSaved() throws Exception {
		Path definition = write("bad.xmi", HEART_FAILURE.replace("</cohort:Cohort>",
				"  <criteria xsi:type=\"cohort:LengthOfStayCriterion\" minDays=\"2; DROP TABLE PATIENTS\"/>\n</cohort:Cohort>"));
		Run run = cohort("--dataset", "mimic3", "--definition", definition.toString(), "--save", "Bad");
		assertEquals(1, run.exitCode(), run::toString);
		assertEquals("", run.out());
		assertEquals("chartroom: Invalid cohort definition: criterion 2 (LengthOfStayCriterion), minDays: "
				+ "'2; DROP TABLE PATIENTS' is not a number.\n", run.err());
		assertFalse(Files.exists(workspace.resolve("cohorts/MIMIC3/Bad.xmi")));

		Run unknown = cohort("--dataset", "nosuch", "--definition", write("hf2.xmi", HEART_FAILURE).toString());
		assertEquals(1, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("chartroom: Unknown dataset 'nosuch'"), unknown::toString);

		Run missing = cohort("--dataset", "mimic3", "--definition", folder.resolve("absent.xmi").toString());
		assertEquals(1, missing.exitCode(), missing::toString);
		assertEquals("chartroom: Cannot read " + folder.resolve("absent.xmi") + ": no such file.\n", missing.err());
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		Run help = chartroom.run("cohort", "--help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("--definition=FILE") && help.out().contains("--save=NAME"), help::toString);

		Run noDefinition = cohort("--dataset", "mimic3");
		assertEquals(2, noDefinition.exitCode(), noDefinition::toString);
		assertTrue(noDefinition.err().startsWith("chartroom: Missing required option: '--definition=FILE'"), noDefinition::toString);

		Run extension = cohort("--dataset", "mimic3", "--definition", "cohort.txt");
		assertEquals(2, extension.exitCode(), extension::toString);
		assertTrue(extension.err().startsWith("chartroom: --definition: cohort.txt is neither a .xmi (Chartroom) nor a .json "
				+ "(ATLAS) cohort definition."), extension::toString);

		Run name = cohort("--dataset", "mimic3", "--definition", "x.xmi", "--save", "1 bad");
		assertEquals(2, name.exitCode(), name::toString);
		assertTrue(name.err().startsWith("chartroom: --save: '1 bad' is not a valid cohort name"), name::toString);
	}

	private static Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static Run cohort(String... args) throws Exception {
		String[] all = new String[args.length + 3];
		all[0] = "cohort";
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
