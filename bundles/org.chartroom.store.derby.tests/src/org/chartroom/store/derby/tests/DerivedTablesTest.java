package org.chartroom.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A derived table lives in its dataset's schema but is not one of its tables; a dataset published without it
 * gets it once, on first use, and keeps it across reopening; a failed derivation leaves nothing.
 */
class DerivedTablesTest {

	@TempDir
	Path folder;

	/** CHARTROOM_PATIENT_TOTAL: one row, the patients of PATIENTS; counts how often it was computed. */
	private static final class PatientTotal implements DerivedTable {

		final AtomicInteger created = new AtomicInteger();
		boolean fail;

		@Override
		public String name() {
			return PREFIX + "PATIENT_TOTAL";
		}

		@Override
		public void create(Connection connection, SqlDialect dialect, IProgressMonitor monitor) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE " + name() + " (N BIGINT)");
				statement.executeUpdate("INSERT INTO " + name() + " SELECT COUNT(*) FROM PATIENTS");
				if (fail) {
					throw new SQLException("failing on purpose");
				}
			}
			created.incrementAndGet();
		}
	}

	private static List<List<Object>> rows(Workspace workspace, String dataset, String sql) throws Exception {
		RecordingHandler handler = new RecordingHandler();
		workspace.query(dataset, sql, 0, handler, null);
		return handler.rows;
	}

	@Test
	void aDatasetWithoutTheTableGetsItOnceAndKeepsIt() throws Exception {
		PatientTotal total = new PatientTotal();
		try (Workspace workspace = StoreService.derby().open(folder.resolve("ws"))) {
			try (DatasetDraft draft = workspace.createDataset(DatasetName.of("demo"), "test");
					Statement statement = draft.connection().createStatement()) {
				statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)");
				statement.executeUpdate("INSERT INTO PATIENTS VALUES 1, 2, 3");
				draft.publish(false);
			}
			assertTrue(workspace.ensureDerived("demo", total, null));
			assertFalse(workspace.ensureDerived("DEMO", total, null));
			assertEquals(1, total.created.get());
			assertEquals(List.of(List.of(3L)), rows(workspace, "demo", "SELECT N FROM CHARTROOM_PATIENT_TOTAL"));
			assertEquals(List.of(new TableInfo("PATIENTS", 1, 3)), workspace.tables("demo"), "not one of the dataset's tables");
			assertEquals(1, workspace.findDataset("demo").orElseThrow().tableCount());
		}
		try (Workspace reopened = StoreService.derby().open(folder.resolve("ws"))) {
			assertFalse(reopened.ensureDerived("demo", total, null));
			assertEquals(1, total.created.get());
			assertEquals(List.of(List.of(3L)), rows(reopened, "demo", "SELECT N FROM CHARTROOM_PATIENT_TOTAL"));
		}
	}

	@Test
	void aTableMadeInTheDraftIsPublishedWithIt() throws Exception {
		PatientTotal total = new PatientTotal();
		try (Workspace workspace = StoreService.derby().open(folder.resolve("ws"))) {
			try (DatasetDraft draft = workspace.createDataset(DatasetName.of("demo"), "test");
					Statement statement = draft.connection().createStatement()) {
				statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)");
				statement.executeUpdate("INSERT INTO PATIENTS VALUES 1, 2");
				total.create(draft.connection(), workspace.dialect(), null);
				draft.publish(false);
			}
			assertFalse(workspace.ensureDerived("demo", total, null));
			assertEquals(List.of(List.of(2L)), rows(workspace, "demo", "SELECT N FROM CHARTROOM_PATIENT_TOTAL"));
			assertEquals(1, workspace.tables("demo").size());
		}
	}

	@Test
	void aFailedDerivationLeavesNothingAndAnUnknownDatasetIsNamed() throws Exception {
		PatientTotal total = new PatientTotal();
		try (Workspace workspace = StoreService.derby().open(folder.resolve("ws"))) {
			try (DatasetDraft draft = workspace.createDataset(DatasetName.of("demo"), "test");
					Statement statement = draft.connection().createStatement()) {
				statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)");
				draft.publish(false);
			}
			total.fail = true;
			StoreException failed = assertThrows(StoreException.class, () -> workspace.ensureDerived("demo", total, null));
			assertTrue(failed.getMessage().contains("failing on purpose"), failed.getMessage());
			total.fail = false;
			assertTrue(workspace.ensureDerived("demo", total, null), "the failed attempt left no table behind");
			assertEquals(List.of(List.of(0L)), rows(workspace, "demo", "SELECT N FROM CHARTROOM_PATIENT_TOTAL"));
			assertThrows(UnknownDatasetException.class, () -> workspace.ensureDerived("nothing", total, null));
		}
	}
}
