package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Datasets view on the test workspace, which the build empties before the run: first the
 * empty-workspace message, then a dataset published into it and listed after a refresh.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetsViewTest {

	static final String PERSPECTIVE = "org.chartroom.ui.perspective";
	static final String DATASETS_VIEW = "org.chartroom.ui.views.datasets";
	static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
	static final String REFRESH_COMMAND = "org.chartroom.ui.commands.refreshDatasets";

	@Test
	@Order(1)
	void datasetsViewSaysHowToImportIntoAnEmptyWorkspace() throws Exception {
		IWorkbenchPage page = ChartroomWindowTest.window().getActivePage();
		PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, ChartroomWindowTest.window());
		assertNotNull(page.findViewReference(DATASETS_VIEW), "Datasets view in the perspective");
		IViewPart view = page.findView(DATASETS_VIEW);
		assertNotNull(view, "Datasets view created");
		assertTrue(page.isPartVisible(view), "Datasets view visible");
		assertEquals("Datasets", view.getTitle());
		assertNotNull(page.findViewReference(PROGRESS_VIEW), "Progress view in the perspective");

		Control message = EventLoop.waitFor("the empty-workspace message",
				() -> Widgets.showing(ChartroomWindowTest.mainShell(), "No datasets yet"));
		assertEquals("No datasets yet. Import one with:", ((Label) message).getText());
		assertTrue(Widgets.showing(ChartroomWindowTest.mainShell(),
				"./chartroom import --dataset NAME --source mimic3 PATH").isPresent(), "the import command is shown");
		EventLoop.waitUntil("the Refresh button of the Datasets view",
				() -> Widgets.toolTips(ChartroomWindowTest.mainShell()).contains("Refresh Datasets"));
		Screenshot.takeIfAsked("");
	}

	@Test
	@Order(2)
	void refreshListsAPublishedDataset() throws Exception {
		Workspace workspace = ChartroomWindowTest.window().getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		publishDemo(workspace);

		ChartroomWindowTest.window().getService(IHandlerService.class).executeCommand(REFRESH_COMMAND, null);

		Table table = EventLoop.waitFor("the datasets table", () -> Widgets
				.tree(ChartroomWindowTest.mainShell())
				.filter(Table.class::isInstance).map(Table.class::cast)
				.filter(Table::isVisible)
				.filter(candidate -> candidate.getItemCount() > 0 && "Name".equals(candidate.getColumn(0).getText()))
				.findFirst());
		assertEquals(1, table.getItemCount());
		TableItem row = table.getItem(0);
		assertEquals("ui_demo", row.getText(0));
		assertEquals("mimic3", row.getText(1));
		assertEquals("1", row.getText(2));
		LocalDateTime created = LocalDateTime.parse(row.getText(3), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		assertTrue(created.isAfter(LocalDateTime.now().minusHours(1)), row.getText(3));
		Screenshot.takeIfAsked("-datasets");
	}

	private static void publishDemo(Workspace workspace) throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("ui_demo"), "mimic3");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER CHAR(1))");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES (10006, 'F'), (10011, 'M')");
			draft.publish(false);
		}
	}
}
