package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
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

	@Test
	void theSelectedDatasetOrTableIsTheWorkbenchSelection() throws Exception {
		Session.showDatasetsView();
		if (Session.workspace().findDataset("ui_demo").isEmpty()) {
			publishTwoPatients(Session.workspace());
		}
		Session.execute(Session.REFRESH_COMMAND);
		TreeItem dataset = Session.waitForDataset("ui_demo", EventLoop.TIMEOUT);
		ChartroomWindowTest.window().getActivePage().activate(ChartroomWindowTest.window().getActivePage().findView(Session.DATASETS_VIEW));

		select(dataset);
		DatasetSelection chosen = DatasetSelection.inWindow(ChartroomWindowTest.window()).orElseThrow();
		assertEquals("ui_demo", chosen.dataset().name());
		assertEquals(Optional.empty(), chosen.table());

		open(dataset);
		select(Session.waitForTables(dataset, 1)[0]);
		chosen = DatasetSelection.inWindow(ChartroomWindowTest.window()).orElseThrow();
		assertEquals("ui_demo", chosen.dataset().name());
		assertEquals(Optional.of("PATIENTS"), chosen.table());
	}

	@Test
	void theTreeHasAContextMenuThatOthersContributeTo() throws Exception {
		Session.showDatasetsView();
		Tree tree = Session.datasetsTree().orElseThrow();
		Menu menu = tree.getMenu();
		assertNotNull(menu, "context menu of the Datasets tree");
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty()).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.contains("&Import Dataset…"), items.toString());
		assertTrue(items.contains("&Refresh Datasets"), items.toString());
	}

	/** Selects a tree item as a click does: the tree's selection changes, then its listeners hear of it. */
	private static void select(TreeItem item) {
		item.getParent().setSelection(item);
		Event selected = new Event();
		selected.item = item;
		item.getParent().notifyListeners(SWT.Selection, selected);
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
