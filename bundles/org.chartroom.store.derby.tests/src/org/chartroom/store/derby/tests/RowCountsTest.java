package org.chartroom.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row counts are recorded in the registry when a dataset is published and read from there;
 * workspaces made before that still list correct counts; datasets are looked up by their key.
 */
class RowCountsTest {

	/** The recorded counts of a dataset, as the registry holds them. */
	private static final String RECORDED = "SELECT r.TABLE_NAME, r.ROW_COUNT FROM CHARTROOM.ROW_COUNTS r "
			+ "JOIN CHARTROOM.DATASETS d ON r.SCHEMA_NAME = d.SCHEMA_NAME WHERE d.NAME_KEY = '%s' ORDER BY r.TABLE_NAME";

	@TempDir
	Path folder;

	private Store store;
	private Workspace workspace; // opened first, so that Derby boots with its log in the workspace

	@BeforeEach
	void openWorkspace() throws Exception {
		store = StoreService.derby();
		workspace = store.open(folder.resolve("ws"));
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		workspace.close();
	}

	private void publish(String name, boolean replace, String... statements) throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of(name), "test");
				Statement statement = draft.connection().createStatement()) {
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
			draft.publish(replace);
		}
	}

	private List<List<Object>> rows(Workspace in, String dataset, String sql) throws Exception {
		RecordingHandler handler = new RecordingHandler();
		in.query(dataset, sql, 0, handler, null);
		return handler.rows;
	}

	@Test
	void publishingRecordsTheRowCountOfEveryTable() throws Exception {
		publish("demo", false, "CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)", "INSERT INTO PATIENTS VALUES 1, 2, 3",
				"CREATE TABLE ADMISSIONS (HADM_ID INTEGER)", "INSERT INTO ADMISSIONS VALUES 10, 11, 12, 13, 14",
				"CREATE TABLE NOTEEVENTS (ROW_ID INTEGER)");
		assertEquals(List.of(List.of("ADMISSIONS", 5L), List.of("NOTEEVENTS", 0L), List.of("PATIENTS", 3L)),
				rows(workspace, "demo", RECORDED.formatted("DEMO")));
		assertEquals(List.of(new TableInfo("ADMISSIONS", 1, 5), new TableInfo("NOTEEVENTS", 1, 0),
				new TableInfo("PATIENTS", 1, 3)), workspace.tables("demo"));
	}

	@Test
	void tablesReportsTheRecordedCountWithoutCountingAgain() throws Exception {
		publish("demo", false, "CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)", "INSERT INTO PATIENTS VALUES 1, 2, 3");
		workspace.close();
		try (Connection connection = DirectDerby.connect(folder.resolve("ws"));
				Statement statement = connection.createStatement()) {
			// only the record changes: a fresh COUNT(*) would still say 3
			assertEquals(1, statement.executeUpdate("UPDATE CHARTROOM.ROW_COUNTS SET ROW_COUNT = 42 WHERE TABLE_NAME = 'PATIENTS'"));
		} finally {
			DirectDerby.shutdown(folder.resolve("ws"));
		}
		workspace = store.open(folder.resolve("ws"));
		assertEquals(List.of(new TableInfo("PATIENTS", 1, 42)), workspace.tables("demo"));
	}

	@Test
	void replacingADatasetReplacesItsCounts() throws Exception {
		publish("demo", false, "CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)", "INSERT INTO PATIENTS VALUES 1, 2, 3");
		publish("other", false, "CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)", "INSERT INTO PATIENTS VALUES 7");
		publish("DEMO", true, "CREATE TABLE PATIENTS (SUBJECT_ID INTEGER)", "INSERT INTO PATIENTS VALUES 1, 2");
		assertEquals(List.of(List.of("PATIENTS", 2L)), rows(workspace, "demo", RECORDED.formatted("DEMO")));
		assertEquals(List.of(List.of("PATIENTS", 1L)), rows(workspace, "demo", RECORDED.formatted("OTHER")));
		assertEquals(List.of(List.of(2)), rows(workspace, "demo", "SELECT COUNT(*) FROM CHARTROOM.ROW_COUNTS"),
				"the replaced dataset's counts are gone with it");
	}

	@Test
	void aWorkspaceMadeBeforeCountsWereRecordedListsCorrectCountsAndRecordsThem() throws Exception {
		Path old = folder.resolve("old");
		try (Connection connection = DirectDerby.create(old); Statement statement = connection.createStatement()) {
			// the registry as the previous version made it: no ROW_COUNTS table
			statement.executeUpdate("CREATE SCHEMA CHARTROOM");
			statement.executeUpdate("CREATE TABLE CHARTROOM.DATASETS (NAME_KEY VARCHAR(64) NOT NULL PRIMARY KEY, "
					+ "NAME VARCHAR(64) NOT NULL, SOURCE_KIND VARCHAR(64) NOT NULL, "
					+ "SCHEMA_NAME VARCHAR(128) NOT NULL UNIQUE, CREATED_AT TIMESTAMP NOT NULL)");
			statement.executeUpdate("CREATE SEQUENCE CHARTROOM.SCHEMA_NUMBERS AS BIGINT START WITH 1");
			try (ResultSet used = statement.executeQuery("VALUES NEXT VALUE FOR CHARTROOM.SCHEMA_NUMBERS")) {
				assertTrue(used.next(), "DS_1 took the first number");
			}
			statement.executeUpdate("CREATE SCHEMA DS_1");
			statement.executeUpdate("CREATE TABLE DS_1.PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER CHAR(1))");
			statement.executeUpdate("INSERT INTO DS_1.PATIENTS VALUES (10006, 'F'), (10011, 'F'), (10013, 'M')");
			statement.executeUpdate("CREATE TABLE DS_1.ICUSTAYS (ICUSTAY_ID INTEGER)");
			statement.executeUpdate("INSERT INTO CHARTROOM.DATASETS VALUES ('LEGACY', 'Legacy', 'mimic3', 'DS_1', "
					+ "TIMESTAMP('2026-11-20 10:00:00'))");
		} finally {
			DirectDerby.shutdown(old);
		}

		workspace.close();
		workspace = store.open(old);
		assertEquals(List.of(new TableInfo("ICUSTAYS", 1, 0), new TableInfo("PATIENTS", 2, 3)), workspace.tables("legacy"));
		assertEquals(List.of(List.of("ICUSTAYS", 0L), List.of("PATIENTS", 3L)),
				rows(workspace, "legacy", RECORDED.formatted("LEGACY")), "counted once, then recorded");
		assertEquals(List.of(new TableInfo("ICUSTAYS", 1, 0), new TableInfo("PATIENTS", 2, 3)), workspace.tables("LEGACY"));

		publish("fresh", false, "CREATE TABLE T (A INTEGER)", "INSERT INTO T VALUES 1");
		assertEquals(List.of(new TableInfo("T", 1, 1)), workspace.tables("fresh"), "new datasets publish as usual");
	}

	@Test
	void aDatasetIsFoundByItsNameInAnyLetterCase() throws Exception {
		publish("Mimic_Demo", false, "CREATE TABLE T (A INTEGER)");
		publish("other", false, "CREATE TABLE T (A INTEGER)");
		for (String name : List.of("Mimic_Demo", "MIMIC_DEMO", "mimic_demo", "mImIc_DeMo")) {
			Optional<DatasetInfo> found = workspace.findDataset(name);
			assertTrue(found.isPresent(), name);
			assertEquals("Mimic_Demo", found.get().name());
			assertEquals(1, found.get().tableCount());
			assertEquals(List.of(new TableInfo("T", 1, 0)), workspace.tables(name));
		}
		assertEquals(Optional.empty(), workspace.findDataset("mimic"));
		assertEquals(Optional.empty(), workspace.findDataset("mimic_demo_"));
		assertEquals(Optional.empty(), workspace.findDataset("x".repeat(DatasetName.MAX_LENGTH + 1)));
		assertEquals(Optional.empty(), workspace.findDataset("not a name"));
	}
}
