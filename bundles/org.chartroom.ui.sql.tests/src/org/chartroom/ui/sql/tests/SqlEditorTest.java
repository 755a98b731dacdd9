package org.chartroom.ui.sql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipFile;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.sql.editor.SqlEditor;
import org.chartroom.ui.sql.handlers.OpenSqlEditorHandler;
import org.chartroom.ui.sql.results.ExportFormat;
import org.chartroom.ui.sql.results.ExportJob;
import org.chartroom.ui.views.DatasetImported;
import org.chartroom.ui.views.DatasetsTopics;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's use of the SQL editor: open it, type a query, run it, see the rows. */
class SqlEditorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@BeforeAll
	static void publishThreePatients() throws Exception {
		Workspace workspace = window().getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("sql_demo"), "test");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER CHAR(1), DOD TIMESTAMP)");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES (10006, 'F', '2165-08-12 00:00:00'), (10011, 'F', NULL), "
					+ "(10013, 'M', '2125-10-07 00:00:00')");
			draft.publish(false);
		}
	}

	/** Publishes a dataset of one table, as an import would, and tells the workbench as the import wizard does. */
	private static void importOneTable(String name, String table, boolean replace) throws Exception {
		Workspace workspace = window().getService(Workspace.class);
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of(name), "test");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE " + table + " (ID INTEGER)");
			draft.publish(replace);
		}
		window().getService(IEventBroker.class).send(DatasetsTopics.IMPORTED,
				new DatasetImported(name, "Imported " + name + ".", List.of()));
	}

	@Test
	void theDatasetChooserFollowsImportsAndReplacementsKeepingTheChoice() throws Exception {
		importOneTable("sql_follow_a", "FIRST_TABLE", false);
		execute("org.chartroom.ui.sql.commands.newEditor");
		SqlEditor editor = (SqlEditor) window().getActivePage().getActiveEditor();
		editor.selectDataset("sql_follow_a");
		waitFor(() -> "the dataset chosen", () -> editor.dataset().filter("sql_follow_a"::equals));
		assertTrue(!editor.datasetChoices().contains("sql_follow_b"), editor.datasetChoices().toString());

		importOneTable("sql_follow_b", "OTHER_TABLE", false);
		waitFor(() -> "the new dataset offered: " + editor.datasetChoices(),
				() -> editor.datasetChoices().contains("sql_follow_b") ? Optional.of(true) : Optional.empty());
		assertEquals(Optional.of("sql_follow_a"), editor.dataset(), "the choice stays");

		importOneTable("sql_follow_a", "REPLACED_TABLE", true);
		window().getService(IEventBroker.class).send(DatasetsTopics.REFRESH, Boolean.TRUE);
		waitFor(() -> "the list after the replacement: " + editor.datasetChoices(),
				() -> editor.datasetChoices().containsAll(List.of("sql_follow_a", "sql_follow_b")) ? Optional.of(true)
						: Optional.empty());
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the listings that are already delivered reach the chooser
		}
		assertEquals(Optional.of("sql_follow_a"), editor.dataset(), "the replaced dataset stays chosen");

		// The statement runs on the replacement: its table is there, the old one is not.
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.setText("SELECT COUNT(*) FROM REPLACED_TABLE");
		text.setCaretOffset(0);
		execute("org.chartroom.ui.sql.commands.runStatement");
		waitFor(() -> "the count on the replacement; status: " + editor.statusText(),
				() -> editor.grid().rowCount() == 1 && "0".equals(editor.grid().cellText(0, 0)) ? Optional.of(true)
						: Optional.empty());
		window().getActivePage().closeEditor(editor, false);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static void execute(String command) throws Exception {
		window().getService(IHandlerService.class).executeCommand(command, null);
	}

	@Test
	void typeAQueryRunItAndSeeTheRowsWithNullShownAsNull() throws Exception {
		execute("org.chartroom.ui.sql.commands.newEditor");
		IEditorPart active = window().getActivePage().getActiveEditor();
		assertTrue(active instanceof SqlEditor, "File ▸ New SQL Editor opens the SQL editor: " + active);
		SqlEditor editor = (SqlEditor) active;
		editor.selectDataset("SQL_DEMO");
		waitFor(() -> "the dataset chosen", () -> editor.dataset().filter("sql_demo"::equals));

		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.setFocus();
		String sql = "SELECT SUBJECT_ID, GENDER, DOD\nFROM PATIENTS\nORDER BY SUBJECT_ID;\n\nSELECT COUNT(*) FROM PATIENTS;";
		text.insert(sql);
		text.setCaretOffset(sql.indexOf("ORDER")); // inside the first statement
		execute("org.chartroom.ui.sql.commands.runStatement");

		Table grid = editor.grid().table();
		waitFor(() -> "three rows in the grid; status: " + editor.statusText(), () -> editor.grid().rowCount() == 3 ? Optional.of(true) : Optional.empty());
		assertEquals(List.of("SUBJECT_ID", "GENDER", "DOD"),
				List.of(grid.getColumn(0).getText(), grid.getColumn(1).getText(), grid.getColumn(2).getText()));
		assertEquals(3, grid.getItemCount());
		assertEquals("10006", grid.getItem(0).getText(0));
		assertEquals("2165-08-12 00:00:00", grid.getItem(0).getText(2));
		assertEquals("NULL", grid.getItem(1).getText(2), "NULL shown as such");
		assertTrue(editor.statusText().startsWith("3 rows in "), editor.statusText());

		text.setCaretOffset(sql.length());
		execute("org.chartroom.ui.sql.commands.runStatement");
		waitFor(() -> "the count; status: " + editor.statusText(), () -> editor.grid().rowCount() == 1 && "3".equals(editor.grid().cellText(0, 0)) ? Optional.of(true)
				: Optional.empty());

		text.setCaretOffset(0);
		text.insert("SELEC nonsense FROM PATIENTS;\n");
		text.setCaretOffset(3);
		execute("org.chartroom.ui.sql.commands.runStatement");
		waitFor(() -> "the syntax error with its place; status: " + editor.statusText(), () -> editor.statusText().startsWith("Line 1, column 1: SQL error in dataset 'sql_demo': "
				+ "Syntax error: Encountered \"SELEC\" at line 1, column 1.") ? Optional.of(true) : Optional.empty());
		window().getActivePage().closeEditor(editor, false);
	}

	private static <T> T waitFor(Supplier<String> what, Supplier<Optional<T>> probe) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		return fail("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what.get());
	}

	@Test
	void queryThisTableOpensAnEditorOnTheDatasetWithItsSelect() throws Exception {
		ICommandService commands = window().getService(ICommandService.class);
		ParameterizedCommand query = ParameterizedCommand.generateCommand(commands.getCommand(OpenSqlEditorHandler.COMMAND),
				Map.of(OpenSqlEditorHandler.DATASET, "SQL_DEMO", OpenSqlEditorHandler.SQL, "SELECT * FROM PATIENTS"));
		window().getService(IHandlerService.class).executeCommand(query, null);
		IEditorPart active = window().getActivePage().getActiveEditor();
		assertTrue(active instanceof SqlEditor, "the command opens the SQL editor: " + active);
		SqlEditor editor = (SqlEditor) active;
		waitFor(() -> "the dataset chosen", () -> editor.dataset().filter("sql_demo"::equalsIgnoreCase));
		assertEquals("SELECT * FROM PATIENTS", ((StyledText) editor.getAdapter(Control.class)).getText());
	}
	@Test
	void exportJobWritesTheFullResultAsCsvOrXlsxByExtension(@TempDir Path folder) throws Exception {
		Workspace workspace = window().getService(Workspace.class);
		assertEquals(Optional.of(ExportFormat.XLSX), ExportFormat.of(Path.of("Result.XLSX")));
		assertEquals(Optional.empty(), ExportFormat.of(Path.of("result")));

		Path xlsx = folder.resolve("patients.xlsx");
		ExportJob toXlsx = new ExportJob(workspace, "sql_demo", "SELECT * FROM PATIENTS ORDER BY SUBJECT_ID", xlsx, ExportFormat.XLSX);
		toXlsx.schedule();
		toXlsx.join();
		assertTrue(toXlsx.getResult().isOK(), toXlsx.getResult().toString());
		assertEquals("Exported 3 rows to patients.xlsx", toXlsx.getName());
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(4, sheet.split("<row ", -1).length - 1, "header and three rows");
			assertTrue(sheet.contains("<t>SUBJECT_ID</t>"), sheet);
		}
		assertEquals(List.of("patients.xlsx"), List.of(folder.toFile().list()), "no .part file left");

		Path csv = folder.resolve("patients.csv");
		ExportJob toCsv = new ExportJob(workspace, "sql_demo", "SELECT * FROM PATIENTS ORDER BY SUBJECT_ID", csv, ExportFormat.CSV);
		toCsv.schedule();
		toCsv.join();
		assertTrue(toCsv.getResult().isOK(), toCsv.getResult().toString());
		assertEquals("SUBJECT_ID,GENDER,DOD\r\n10006,F,2165-08-12 00:00:00\r\n10011,F,\r\n10013,M,2125-10-07 00:00:00\r\n",
				Files.readString(csv));
	}
}
