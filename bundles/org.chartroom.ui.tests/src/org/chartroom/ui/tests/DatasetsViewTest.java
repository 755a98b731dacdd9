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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The Datasets view in the Chartroom perspective, and a dataset published into the workspace
 * behind its back: listed after a refresh, with its tables under it.
 */
@Order(5)
class DatasetsViewTest {

	static final String PERSPECTIVE = "org.chartroom.ui.perspective";
	static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	@Test
	void thePerspectiveShowsTheDatasetsAndProgressViews() throws Exception {
		IWorkbenchPage page = ChartroomWindowTest.window().getActivePage();
		PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, ChartroomWindowTest.window());
		Session.showDatasetsView();
		assertNotNull(page.findViewReference(Session.DATASETS_VIEW), "Datasets view in the perspective");
		IViewPart view = page.findView(Session.DATASETS_VIEW);
		assertNotNull(view, "Datasets view created");
		assertTrue(page.isPartVisible(view), "Datasets view visible");
		assertEquals("Datasets", view.getTitle());
		assertNotNull(page.findViewReference(PROGRESS_VIEW), "Progress view in the perspective");
	}

	@Test
	void refreshListsAPublishedDatasetWithItsTables() throws Exception {
		Session.showDatasetsView();
		publishTwoPatients(Session.workspace());

		Session.execute(Session.REFRESH_COMMAND);

		TreeItem dataset = Session.waitForDataset("ui_demo", EventLoop.TIMEOUT);
		assertEquals("mimic3", dataset.getText(1));
		LocalDateTime created = LocalDateTime.parse(dataset.getText(2), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		assertTrue(created.isAfter(LocalDateTime.now().minusHours(1)), dataset.getText(2));
		open(dataset);
		TreeItem[] tables = Session.waitForTables(dataset, 1);
		assertEquals("PATIENTS", tables[0].getText(0));
		assertEquals("2", tables[0].getText(1));
		assertEquals("", tables[0].getText(2));
	}

	/** Opens a tree item as a click on its arrow does: the tree hears of it, then the item opens. */
	private static void open(TreeItem item) {
		Event expand = new Event();
		expand.item = item;
		item.getParent().notifyListeners(SWT.Expand, expand);
		item.setExpanded(true);
	}

	private static void publishTwoPatients(Workspace workspace) throws Exception {
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("ui_demo"), "mimic3");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER CHAR(1))");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES (10006, 'F'), (10011, 'M')");
			draft.publish(false);
		}
	}
}
