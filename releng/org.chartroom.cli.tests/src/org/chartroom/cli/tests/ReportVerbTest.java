package org.chartroom.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * {@code ./chartroom report} as a user runs it: the built-in overview and the custom design of docs/
 * in the three formats from the built product, and the exit codes of the contract for bad input.
 * The workspace holds a small MIMIC-III-shaped dataset (patients and admissions) made here.
 */
class ReportVerbTest {

	@TempDir
	static Path folder;

	private static Path workspace;
	private static ChartroomCommand chartroom;

	@BeforeAll
	static void createWorkspace() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportVerbTest.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		Store store = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		workspace = folder.resolve("ws");
		try (Workspace opened = store.open(workspace);
				DatasetDraft draft = opened.createDataset(DatasetName.of("mini"), "mimic3");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER VARCHAR(5), "
					+ "DOB TIMESTAMP, DOD TIMESTAMP)");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES (1, 'F', '2100-01-01 00:00:00', NULL), "
					+ "(2, 'M', '2050-06-01 00:00:00', '2131-01-01 00:00:00'), (3, 'F', '2080-01-01 00:00:00', NULL)");
			statement.executeUpdate("CREATE TABLE ADMISSIONS (HADM_ID INTEGER NOT NULL PRIMARY KEY, SUBJECT_ID INTEGER, "
					+ "ADMITTIME TIMESTAMP, DISCHTIME TIMESTAMP, ADMISSION_TYPE VARCHAR(50))");
			statement.executeUpdate("INSERT INTO ADMISSIONS VALUES (11, 1, '2130-01-01 08:00:00', '2130-01-03 08:00:00', 'EMERGENCY'), "
					+ "(12, 1, '2131-05-01 08:00:00', '2131-05-11 08:00:00', 'ELECTIVE'), "
					+ "(21, 2, '2130-12-01 00:00:00', '2130-12-30 00:00:00', 'EMERGENCY'), "
					+ "(31, 3, '2150-03-01 00:00:00', '2150-03-01 12:00:00', 'URGENT')");
			draft.publish(false);
		}
		chartroom = new ChartroomCommand(Map.of("HOME", folder.resolve("home").toString()));
	}

	private Run report(String... args) throws Exception {
		String[] all = new String[args.length + 3];
		all[0] = "report";
		all[1] = "--workspace";
		all[2] = workspace.toString();
		System.arraycopy(args, 0, all, 3, args.length);
		return chartroom.run(all);
	}

	@Test
	void theOverviewRendersInEachFormatFromItsExtension() throws Exception {
		Path html = folder.resolve("overview.html");
		Run run = report("--dataset", "mini", "--report", "overview", "--out", html.toString());
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out());
		assertEquals("Wrote " + html + " (HTML, " + Files.size(html) + " bytes).\n", run.err());
		String page = Files.readString(html).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertTrue(page.contains("Patients Died (date of death known) Mortality 3 1 33.3%"), page);
		assertTrue(page.contains("Admissions 4 3 "), page);
		assertTrue(page.contains("Sex Patients F 2 M 1"), page);
		assertTrue(Files.readString(html).contains("src=\"data:image/png;base64,"), "charts embedded");

		Path pdf = folder.resolve("overview.PDF");
		Run pdfRun = report("--dataset", "mini", "--report", "overview", "--out", pdf.toString());
		assertEquals(0, pdfRun.exitCode(), pdfRun::toString);
		assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5));

		Path xlsx = folder.resolve("overview.xlsx");
		Run xlsxRun = report("--dataset", "mini", "--report", "overview", "--out", xlsx.toString());
		assertEquals(0, xlsxRun.exitCode(), xlsxRun::toString);
		assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2));
	}

	@Test
	void aCustomDesignRunsWithItsParameter() throws Exception {
		Path design = Path.of(System.getProperty("chartroom.repo.dir"), "docs", "reports", "admissions-by-type.rptdesign");
		Path out = folder.resolve("types.html");
		Run run = report("--dataset", "mini", "--report", design.toString(), "--param", "fromYear=2131", "--out", out.toString());
		assertEquals(0, run.exitCode(), run::toString);
		String page = Files.readString(out).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		assertTrue(page.contains("Admission type Admissions Patients ELECTIVE 1 1 URGENT 1 1"), page);
	}

	@Test
	void badInputExitsWithTheContractsCodesAndLeavesNoFile() throws Exception {
		Path out = folder.resolve("bad.html");
		Run unknownReport = report("--dataset", "mini", "--report", "nosuch", "--out", out.toString());
		assertEquals(2, unknownReport.exitCode(), unknownReport::toString);
		assertTrue(unknownReport.err().startsWith(
				"chartroom: Unknown report 'nosuch': the reports are cohort, overview, patient, or a .rptdesign file.\n"),
				unknownReport::toString);

		Run format = report("--dataset", "mini", "--report", "overview", "--out", folder.resolve("bad.txt").toString());
		assertEquals(2, format.exitCode(), format::toString);
		assertTrue(format.err().contains("names no report format: use a file ending in .html, .pdf or .xlsx."), format::toString);

		Run missing = report("--dataset", "mini", "--report", "patient", "--out", out.toString());
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("chartroom: The report 'patient' needs the parameter 'patient' (Patient id).\n"),
				missing::toString);

		Run unknownParam = report("--dataset", "mini", "--report", "overview", "--param", "x=1", "--out", out.toString());
		assertEquals(2, unknownParam.exitCode(), unknownParam::toString);

		Run patient = report("--dataset", "mini", "--report", "patient", "--param", "patient=99", "--out", out.toString());
		assertEquals(1, patient.exitCode(), patient::toString);
		assertEquals("chartroom: Unknown patient 99 in dataset mini (PATIENTS.SUBJECT_ID).\n", patient.err());

		Run dataset = report("--dataset", "nosuch", "--report", "overview", "--out", out.toString());
		assertEquals(1, dataset.exitCode(), dataset::toString);
		assertTrue(dataset.err().startsWith("chartroom: Unknown dataset 'nosuch'"), dataset::toString);
		assertFalse(dataset.err().contains("Exception"), dataset::toString);

		assertFalse(Files.exists(out), "a failed report leaves no file");
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "nor a partial one");
		}
	}
}
