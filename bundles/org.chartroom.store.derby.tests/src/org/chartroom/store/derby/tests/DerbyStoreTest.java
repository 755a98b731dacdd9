package org.chartroom.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetExistsException;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.QueryFailedException;
import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ReadOnlyViolationException;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.store.WorkspaceInUseException;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyStoreTest {

	@TempDir
	Path folder;

	private Store store;
	private Workspace workspace;

	@BeforeEach
	void openWorkspace() throws Exception {
		store = StoreService.derby();
		workspace = store.open(folder.resolve("ws"));
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		workspace.close();
	}

	/** Three MIMIC-like patients, one of them with a NULL date of death. */
	private DatasetInfo createDemo(String name) throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of(name), "test")) {
			Connection connection = draft.connection();
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, "
						+ "GENDER CHAR(1), DOB TIMESTAMP, DOD TIMESTAMP, WEIGHT DECIMAL(6,2), DIAGNOSIS VARCHAR(100))");
				statement.executeUpdate("INSERT INTO PATIENTS VALUES "
						+ "(10006, 'F', '2094-03-05 00:00:00', '2165-08-12 00:00:00', 70.50, 'SEPSIS'), "
						+ "(10011, 'F', '2090-06-05 00:00:00', NULL, NULL, 'HEPATITIS B'), "
						+ "(10013, 'M', '1844-02-28 10:30:00.25', NULL, 81.00, 'VF ARREST ')");
			}
			return draft.publish(false);
		}
	}

	@Test
	void aNewWorkspaceIsEmptyAndLivesInItsFolder() throws Exception {
		assertEquals(List.of(), workspace.datasets());
		assertTrue(Files.isDirectory(folder.resolve("ws/store/derby")));
		assertTrue(store.description().startsWith("Apache Derby 10.17.1.0"), store.description());
		assertFalse(Files.exists(Path.of("derby.log")), "Derby must not write its log into the working folder");
	}

	@Test
	void aPublishedDatasetIsListedAndQueried() throws Exception {
		DatasetInfo info = createDemo("mimic_Demo");
		assertEquals("mimic_Demo", info.name());
		assertEquals(1, info.tableCount());
		assertEquals(List.of("mimic_Demo"), workspace.datasets().stream().map(DatasetInfo::name).toList());
		assertEquals(List.of(new TableInfo("PATIENTS", 6, 3)), workspace.tables("MIMIC_DEMO"));

		RecordingHandler result = new RecordingHandler();
		QuerySummary summary = workspace.query("mimic_demo",
				"select gender, count(*) as n from patients group by gender order by gender", 0, result, null);
		assertEquals(List.of("GENDER", "N"), result.columnNames());
		assertEquals(List.of(List.of("F", 2), List.of("M", 1)), result.rows);
		assertEquals(2, summary.rowCount());
		assertFalse(summary.truncated());
	}

	@Test
	void valuesKeepTheirTypesBlanksAndNulls() throws Exception {
		createDemo("demo");
		RecordingHandler result = new RecordingHandler();
		workspace.query("demo", "SELECT SUBJECT_ID, DOB, DOD, WEIGHT, DIAGNOSIS FROM PATIENTS WHERE SUBJECT_ID = 10013",
				0, result, null);
		assertEquals(List.of(List.of(10013, LocalDateTime.of(1844, 2, 28, 10, 30, 0, 250_000_000))),
				List.of(result.rows.get(0).subList(0, 2)));
		assertEquals(null, result.rows.get(0).get(2));
		assertEquals(new BigDecimal("81.00"), result.rows.get(0).get(3));
		assertEquals("VF ARREST ", result.rows.get(0).get(4), "trailing blanks are data");
	}

	@Test
	void theRowLimitCutsAndSaysSo() throws Exception {
		createDemo("demo");
		RecordingHandler result = new RecordingHandler();
		QuerySummary summary = workspace.query("demo", "SELECT SUBJECT_ID FROM PATIENTS ORDER BY SUBJECT_ID", 2, result,
				null);
		assertEquals(List.of(List.of(10006), List.of(10011)), result.rows);
		assertTrue(summary.truncated());
		QuerySummary exact = workspace.query("demo", "SELECT SUBJECT_ID FROM PATIENTS", 3, new RecordingHandler(), null);
		assertFalse(exact.truncated());
	}

	@Test
	void aReadOnlyConnectionSeesTheDatasetAndChangesNothing() throws Exception {
		createDemo("demo");
		try (Connection connection = workspace.readOnlyConnection("DEMO");
				Statement statement = connection.createStatement()) {
			assertTrue(connection.isReadOnly());
			try (java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PATIENTS")) {
				assertTrue(rows.next());
				assertEquals(3, rows.getInt(1), "unqualified names resolve in the dataset");
			}
			java.sql.SQLException refused = assertThrows(java.sql.SQLException.class,
					() -> statement.executeUpdate("DELETE FROM PATIENTS"));
			assertEquals("25502", refused.getSQLState(), refused.getMessage());
		}
		RecordingHandler count = new RecordingHandler();
		workspace.query("demo", "SELECT COUNT(*) FROM PATIENTS", 0, count, null);
		assertEquals(List.of(List.of(3)), count.rows, "nothing was deleted");
		UnknownDatasetException unknown = assertThrows(UnknownDatasetException.class, () -> workspace.readOnlyConnection("nosuch"));
		assertTrue(unknown.getMessage().startsWith("Unknown dataset 'nosuch'"), unknown.getMessage());
	}

	@Test
	void writeStatementsAreRefusedAndChangeNothing() throws Exception {
		createDemo("demo");
		ReadOnlyViolationException delete = assertThrows(ReadOnlyViolationException.class,
				() -> workspace.query("demo", "delete from patients", 0, new RecordingHandler(), null));
		assertEquals("Refused: DELETE statements would change dataset 'demo'. Queries here are read-only: use SELECT or VALUES.",
				delete.getMessage());
		assertThrows(ReadOnlyViolationException.class,
				() -> workspace.query("demo", "/* sneaky */ DROP TABLE PATIENTS", 0, new RecordingHandler(), null));
		RecordingHandler count = new RecordingHandler();
		workspace.query("demo", "SELECT COUNT(*) FROM PATIENTS", 0, count, null);
		assertEquals(List.of(List.of(3)), count.rows);
	}

	@Test
	void sqlErrorsCarryTheDatabasesPosition() throws Exception {
		createDemo("demo");
		QueryFailedException syntax = assertThrows(QueryFailedException.class,
				() -> workspace.query("demo", "SELECT * FROMM PATIENTS", 0, new RecordingHandler(), null));
		assertEquals("42X01", syntax.sqlState().orElseThrow());
		assertTrue(syntax.getMessage().startsWith("SQL error in dataset 'demo': Syntax error: Encountered \"FROMM\" at line 1, column 10."),
				syntax.getMessage());
		QueryFailedException table = assertThrows(QueryFailedException.class,
				() -> workspace.query("demo", "SELECT * FROM ADMISSIONS", 0, new RecordingHandler(), null));
		assertEquals("SQL error in dataset 'demo': Table/View 'ADMISSIONS' does not exist.", table.getMessage());
	}

	@Test
	void anUnknownDatasetIsNamedWithTheOnesThereAre() throws Exception {
		UnknownDatasetException none = assertThrows(UnknownDatasetException.class,
				() -> workspace.query("nope", "SELECT 1 FROM PATIENTS", 0, new RecordingHandler(), null));
		assertEquals("Unknown dataset 'nope' in workspace " + workspace.directory() + ": it has no datasets yet.",
				none.getMessage());
		createDemo("demo");
		createDemo("other");
		UnknownDatasetException some = assertThrows(UnknownDatasetException.class,
				() -> workspace.tables("nope"));
		assertEquals("Unknown dataset 'nope' in workspace " + workspace.directory() + ": its datasets are demo, other.",
				some.getMessage());
	}

	@Test
	void anUnpublishedDraftLeavesNothingBehind() throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("halfway"), "test");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE T (A INT)");
			statement.executeUpdate("INSERT INTO T VALUES 1");
			draft.connection().commit();
			// closed without publish, as an import that failed
		}
		assertEquals(List.of(), workspace.datasets());
		RecordingHandler schemas = new RecordingHandler();
		createDemo("probe");
		workspace.query("probe", "SELECT SCHEMANAME FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS%' ORDER BY 1", 0,
				schemas, null);
		assertEquals(1, schemas.rows.size(), "only the published dataset's schema remains: " + schemas.rows);
	}

	@Test
	void aDraftCutOffMidImportIsGoneAfterReopening() throws Exception {
		createDemo("kept");
		DatasetDraft abandoned = workspace.createDataset(DatasetName.of("cut"), "test");
		try (Statement statement = abandoned.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE CHARTEVENTS (ROW_ID INTEGER)");
			statement.executeUpdate("INSERT INTO CHARTEVENTS VALUES 1, 2, 3");
			abandoned.connection().commit();
		}
		workspace.close(); // as if the process died: the draft was never closed nor published
		workspace = store.open(folder.resolve("ws"));
		assertEquals(List.of("kept"), workspace.datasets().stream().map(DatasetInfo::name).toList());
		RecordingHandler schemas = new RecordingHandler();
		workspace.query("kept", "SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME LIKE 'DS\\_%' ESCAPE '\\'", 0,
				schemas, null);
		assertEquals(List.of(List.of(1)), schemas.rows, "only the published dataset's schema is left");
		assertEquals(List.of(new TableInfo("PATIENTS", 6, 3)), workspace.tables("kept"));
	}

	@Test
	void anExistingNameIsKeptUnlessReplaced() throws Exception {
		createDemo("demo");
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("DEMO"), "test");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE ADMISSIONS (HADM_ID INTEGER)");
			DatasetExistsException e = assertThrows(DatasetExistsException.class, () -> draft.publish(false));
			assertEquals("A dataset named 'demo' already exists in workspace " + workspace.directory()
					+ ". Use --replace to replace it.", e.getMessage());
		}
		assertEquals(List.of(new TableInfo("PATIENTS", 6, 3)), workspace.tables("demo"));

		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("DEMO"), "test2");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE ADMISSIONS (HADM_ID INTEGER)");
			statement.executeUpdate("INSERT INTO ADMISSIONS VALUES 1, 2");
			draft.publish(true);
		}
		assertEquals(List.of(new TableInfo("ADMISSIONS", 1, 2)), workspace.tables("demo"));
		assertEquals("DEMO", workspace.findDataset("demo").orElseThrow().name());
		assertEquals("test2", workspace.findDataset("demo").orElseThrow().sourceKind());
	}

	@Test
	void theWorkspaceIsHeldByOneOpenerAndKeepsItsDataWhenReopened() throws Exception {
		createDemo("demo");
		WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class, () -> store.open(folder.resolve("ws")));
		assertTrue(e.getMessage().startsWith("The workspace " + folder.resolve("ws") + " is in use by another Chartroom process"),
				e.getMessage());
		workspace.close();
		workspace = store.open(folder.resolve("ws"));
		assertEquals(List.of(new TableInfo("PATIENTS", 6, 3)), workspace.tables("demo"));
	}
}
