package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.imports.TableProgress;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MIMIC-III demo imported from zips shaped as PhysioNet's, built from the demo files at test
 * time: one with a top folder of {@code .csv} files, one with lower-case {@code .csv.gz} files at its
 * root. The second import's progress is recorded: the monitor advances while a table loads. The
 * first import of the first zip is cancelled while CHARTEVENTS loads and must leave nothing behind;
 * the import after it takes the same name.
 */
class ZipImportTest {

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static Connector connector;
	private static Path topFolderZip;
	private static Path rootZip;

	private static final List<String> tablesLoadedBeforeCancel = new ArrayList<>();
	private static List<DatasetInfo> datasetsAfterCancel;
	private static ImportResult fromTopFolderZip;
	private static final List<String> warnings = new ArrayList<>();
	private static ImportResult fromRootZip;
	private static final ProgressRecorder progress = new ProgressRecorder();

	/** Cancels once CHARTEVENTS, the largest table and so the first to load, reports its progress. */
	private static final class CancelAtChartevents extends NullProgressMonitor implements ImportListener {
		@Override
		public void tableProgress(TableProgress report) {
			if (report.table().equals("CHARTEVENTS")) {
				setCanceled(true);
			}
		}

		@Override
		public void tableLoaded(TableLoad load) {
			tablesLoadedBeforeCancel.add(load.table());
		}
	}

	/**
	 * Keeps the progress an import reports: the listener's in-table reports, and how much work the
	 * monitor was given between CHARTEVENTS's first and last report. Tables load side
	 * by side, so calls come from several threads.
	 */
	private static final class ProgressRecorder extends NullProgressMonitor implements ImportListener {
		final List<TableProgress> reports = new ArrayList<>();
		final List<String> subTasks = new ArrayList<>();
		private double worked;
		private double workedAtFirstReport = -1;
		double workedWhileChartevents;

		@Override
		public synchronized void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public synchronized void worked(int work) {
			worked += work;
		}

		@Override
		public synchronized void internalWorked(double work) {
			worked += work; // SubMonitor hands fractions of the root's 100 units here
		}

		@Override
		public synchronized void tableProgress(TableProgress report) {
			reports.add(report);
			if (report.table().equals("CHARTEVENTS")) {
				if (workedAtFirstReport < 0) {
					workedAtFirstReport = worked;
				}
				workedWhileChartevents = worked - workedAtFirstReport;
			}
		}
	}

	@BeforeAll
	static void importTheZips() throws Exception {
		topFolderZip = DemoZips.withTopFolderAndCsvEntries(folder.resolve(DemoZips.TOP_FOLDER + ".zip"));
		rootZip = DemoZips.withLowerCaseGzipEntriesAtTheRoot(folder.resolve("mimic-iii-clinical-database-1.4.ZIP"));
		connector = Services.mimic3();
		workspace = Services.derby().open(folder.resolve("ws"));
		DatasetImport importer = new DatasetImport(workspace, connector);

		CancelAtChartevents cancel = new CancelAtChartevents();
		assertThrows(OperationCanceledException.class,
				() -> importer.run(DatasetName.of("demo"), topFolderZip, false, cancel, cancel));
		datasetsAfterCancel = workspace.datasets();

		fromTopFolderZip = importer.run(DatasetName.of("demo"), topFolderZip, false, new ImportListener() {
			@Override
			public void warning(String message) {
				warnings.add(message);
			}
		}, null);
		fromRootZip = importer.run(DatasetName.of("demo_gz"), rootZip, false, progress, progress);
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static Map<String, Long> stored(String dataset) throws Exception {
		Map<String, Long> rows = new TreeMap<>();
		for (TableInfo table : workspace.tables(dataset)) {
			rows.put(table.name(), table.rowCount());
		}
		return rows;
	}

	private static Map<String, Long> loaded(ImportResult result) {
		Map<String, Long> rows = new TreeMap<>();
		result.tables().forEach(t -> rows.put(t.table(), t.rows()));
		return rows;
	}

	@Test
	void aCancelledImportLeavesNoDatasetAndNoDraft() throws Exception {
		assertTrue(!tablesLoadedBeforeCancel.contains("CHARTEVENTS"), tablesLoadedBeforeCancel::toString);
		assertEquals(List.of(), datasetsAfterCancel);
		// each dataset is a DS_<n> schema; a draft left over by the cancel would be one more
		assertEquals(2, Rows.single(workspace, "demo",
				"SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS\\_%' ESCAPE '\\'"));
		assertEquals(List.of("demo", "demo_gz"), workspace.datasets().stream().map(DatasetInfo::name).sorted().toList());
	}

	@Test
	void aZipWithATopFolderOfCsvFiles() throws Exception {
		assertEquals(List.of(), warnings, "LICENSE.txt, SHA256SUMS.txt and COUNTS.md are no CSV files");
		assertEquals(DemoCounts.RECORDS, loaded(fromTopFolderZip));
		assertEquals(DemoCounts.RECORDS, stored("demo"));
		assertEquals("PATIENTS.csv", fromTopFolderZip.tables().stream().filter(t -> t.table().equals("PATIENTS"))
				.findFirst().orElseThrow().file());
		assertEquals(100, Rows.single(workspace, "demo", "SELECT COUNT(DISTINCT subject_id) FROM patients"));
	}

	@Test
	void aZipWithLowerCaseGzipFilesAtItsRoot() throws Exception {
		assertEquals(DemoCounts.RECORDS, loaded(fromRootZip));
		assertEquals(DemoCounts.RECORDS, stored("demo_gz"));
		assertEquals("chartevents.csv.gz", fromRootZip.tables().stream().filter(t -> t.table().equals("CHARTEVENTS"))
				.findFirst().orElseThrow().file());
	}

	@Test
	void theMonitorAdvancesWithTheBytesReadWhileATableLoads() throws Exception {
		assertTrue(progress.subTasks.contains("Loading CHARTEVENTS"), progress.subTasks::toString);
		List<TableProgress> chartevents = progress.reports.stream().filter(r -> r.table().equals("CHARTEVENTS")).toList();
		assertTrue(chartevents.size() >= 2, chartevents::toString);
		long previousRows = 0;
		double previousFraction = 0;
		for (TableProgress report : chartevents) {
			assertTrue(report.rows() > previousRows && report.rows() <= 758_355, report::toString); // the last may come at the end
			assertTrue(report.fraction() >= previousFraction && report.fraction() <= 1, report::toString);
			assertTrue(report.rowsPerSecond() > 0, report::toString);
			previousRows = report.rows();
			previousFraction = report.fraction();
		}
		// The root monitor has 100 units: 98 for loading and indexing, by the kilobytes of the files, an
		// index counting a fifth of its table. CHARTEVENTS is 71 % of the demo's bytes, so reading a part
		// of it moves the monitor by 58 units times that part; the other 25 tables add at most 29 units in
		// all. Without progress within the table, the window between its reports would see only theirs.
		double read = previousFraction - chartevents.get(0).fraction();
		assertTrue(read > 0.6, () -> "CHARTEVENTS reports from " + chartevents.get(0) + " to " + chartevents.getLast());
		assertTrue(progress.workedWhileChartevents >= 50 * read,
				() -> "worked " + progress.workedWhileChartevents + " of 100 while CHARTEVENTS read " + read + " of its file");
	}

	@Test
	void aTruncatedZipIsRefusedWithOneMessageAndChangesNothing() throws Exception {
		List<DatasetInfo> before = workspace.datasets();
		Path truncated = DemoZips.truncated(rootZip, folder.resolve("cut.zip"));
		ImportException e = assertThrows(ImportException.class, () -> new DatasetImport(workspace, connector)
				.run(DatasetName.of("cut"), truncated, false, ImportListener.NONE, null));
		assertEquals("Cannot read the zip file " + truncated + ": it is damaged or truncated (zip END header not found).",
				e.getMessage());
		assertEquals(before, workspace.datasets());
		assertEquals(2, Rows.single(workspace, "demo",
				"SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS\\_%' ESCAPE '\\'"));
	}
}
