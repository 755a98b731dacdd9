package org.chartroom.sql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.store.QueryFailedException;
import org.chartroom.core.store.ReadOnlyViolationException;
import org.chartroom.core.store.Workspace;
import org.chartroom.sql.SqlErrorLocator;
import org.chartroom.sql.TextPosition;
import org.chartroom.sql.result.ResultCursor;
import org.chartroom.sql.result.ResultPage;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** The query service on the imported demo: counts, refusals, the scratch schema, paging and cancel. */
class DemoQueryServiceTest {

	private static Workspace workspace;

	@BeforeAll
	static void demo() throws Exception {
		workspace = DemoWorkspace.get();
	}

	@Test
	void countOfChartEventsIsTheImportedCount() throws Exception {
		assertEquals(List.of(List.of(758_355)), Rows.of(workspace, "SELECT COUNT(*) FROM CHARTEVENTS"));
	}

	@Test
	void writesToTheDatasetAreRefusedWithAClearMessage() throws Exception {
		ReadOnlyViolationException delete = assertThrows(ReadOnlyViolationException.class,
				() -> Rows.of(workspace, "DELETE FROM CHARTEVENTS WHERE ITEMID = 211"));
		assertEquals("Refused: DELETE statements would change dataset 'mimic3'. Queries here are read-only: use SELECT or VALUES.",
				delete.getMessage());
		ReadOnlyViolationException view = assertThrows(ReadOnlyViolationException.class,
				() -> Rows.of(workspace, "CREATE VIEW SCRATCH.HR AS SELECT * FROM CHARTEVENTS"));
		assertEquals("Refused: in SCRATCH you can create, fill, change and drop tables and indexes named SCRATCH.<name>; views, "
				+ "triggers, routines and foreign keys are refused so that no dataset is tied to them, and datasets stay read-only.",
				view.getMessage());
		assertEquals(List.of(List.of(758_355)), Rows.of(workspace, "SELECT COUNT(*) FROM CHARTEVENTS"), "nothing was deleted");
	}

	@Test
	void theScratchSchemaTakesTheUsersOwnTables() throws Exception {
		Rows.of(workspace, "CREATE TABLE SCRATCH.HEART_RATES (SUBJECT_ID INTEGER, N INTEGER)");
		try {
			Rows insert = new Rows();
			long inserted = workspace.query(DemoWorkspace.DATASET, "INSERT INTO SCRATCH.HEART_RATES "
					+ "SELECT SUBJECT_ID, COUNT(*) FROM CHARTEVENTS WHERE ITEMID IN (211, 220045) GROUP BY SUBJECT_ID", 0, insert, null)
					.rowCount();
			List<List<Object>> patients = Rows.of(workspace,
					"SELECT COUNT(DISTINCT SUBJECT_ID), COUNT(*) FROM CHARTEVENTS WHERE ITEMID IN (211, 220045)");
			assertEquals(((Number) patients.get(0).get(0)).longValue(), inserted, "one row per patient with a heart rate");
			assertEquals(List.of(List.of(inserted, patients.get(0).get(1))),
					Rows.of(workspace, "SELECT CAST(COUNT(*) AS BIGINT), SUM(N) FROM SCRATCH.HEART_RATES"));
			assertEquals(List.of(List.of(1)), Rows.of(workspace, "SELECT COUNT(*) FROM SCRATCH.HEART_RATES h JOIN PATIENTS p "
					+ "ON h.SUBJECT_ID = p.SUBJECT_ID WHERE p.SUBJECT_ID = 10006"), "joins the dataset's tables");
			assertThrows(ReadOnlyViolationException.class, () -> Rows.of(workspace, "INSERT INTO PATIENTS SELECT * FROM PATIENTS"));
		} finally {
			Rows.of(workspace, "DROP TABLE SCRATCH.HEART_RATES");
		}
		assertThrows(QueryFailedException.class, () -> Rows.of(workspace, "SELECT * FROM SCRATCH.HEART_RATES"));
	}

	@Test
	void theCursorHandsOverPageByPageAndStopsWhenClosed() throws Exception {
		try (ResultCursor cursor = ResultCursor.open(workspace, DemoWorkspace.DATASET, "SELECT * FROM CHARTEVENTS ORDER BY ROW_ID")) {
			assertEquals(15, cursor.columns(null).size());
			ResultPage first = cursor.fetch(500, null);
			ResultPage second = cursor.fetch(500, null);
			assertEquals(500, first.rows().size());
			assertEquals(500, second.rows().size());
			assertFalse(second.isLast());
			assertNotEquals(first.rows().get(0)[0], second.rows().get(0)[0]);
			assertEquals(List.of(List.of(first.rows().get(0)[0])), Rows.of(workspace, "SELECT MIN(ROW_ID) FROM CHARTEVENTS"));
		}
		try (ResultCursor small = ResultCursor.open(workspace, DemoWorkspace.DATASET, "SELECT * FROM PATIENTS")) {
			ResultPage all = small.fetch(500, null);
			assertEquals(100, all.rows().size());
			assertTrue(all.isLast());
			assertEquals(100, all.summary().orElseThrow().rowCount());
		}
	}

	/** The test waits 30 s at most: a cancel that did not work fails it. */
	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
	void cancellingStopsALongQueryOnChartEvents() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
		try {
			later.schedule(() -> monitor.setCanceled(true), 2, TimeUnit.SECONDS);
			assertThrows(OperationCanceledException.class, () -> workspace.query(DemoWorkspace.DATASET,
					"SELECT COUNT(*) FROM CHARTEVENTS a, CHARTEVENTS b WHERE a.ROW_ID + b.ROW_ID > 0", 0, new Rows(), monitor));
		} finally {
			later.shutdownNow();
		}
		assertEquals(List.of(List.of(100)), Rows.of(workspace, "SELECT COUNT(*) FROM PATIENTS"), "the workspace stays usable");
	}

	@Test
	void sqlErrorsPointAtTheirPlaceInTheStatement() throws Exception {
		String sql = "SELECT *\nFROM CHARTEVENTS\nWHERE ITEMD = 211";
		QueryFailedException e = assertThrows(QueryFailedException.class, () -> Rows.of(workspace, sql));
		assertEquals(Optional.of(new TextPosition(sql.indexOf("ITEMD"), 3, 7)), SqlErrorLocator.locate(sql, e.getMessage()));
		String syntax = "SELECT * FROM\nCHARTEVENTS WHERE";
		QueryFailedException s = assertThrows(QueryFailedException.class, () -> Rows.of(workspace, syntax));
		assertEquals("SQL error in dataset 'mimic3': Syntax error: Encountered \"<EOF>\" at line 2, column 17.", s.getMessage());
		assertEquals(Optional.of(new TextPosition(syntax.length() - 1, 2, 17)), SqlErrorLocator.locate(syntax, s.getMessage()),
				"Derby puts the end of input on the last character");
	}
}
