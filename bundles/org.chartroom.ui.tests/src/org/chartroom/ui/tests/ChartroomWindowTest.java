package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The main window as the product starts it. */
class ChartroomWindowTest {

	static final String PERSPECTIVE = "org.chartroom.ui.perspective";

	static IWorkbenchWindow window() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
		assertEquals(1, windows.length, "workbench windows");
		return windows[0];
	}

	static Shell mainShell() {
		return EventLoop.waitFor("a shell titled Chartroom", () -> Widgets.shell("Chartroom"));
	}

	@Test
	void mainWindowIsTitledChartroom() {
		assertEquals(window().getShell(), mainShell());
	}

	@Test
	void statusLineNamesTheWorkspaceAndTheStore() {
		Control status = EventLoop.waitFor("the workspace in the status line",
				() -> Widgets.showing(mainShell(), "Workspace: "));
		String text = Widgets.texts(status);
		assertTrue(text.contains("ui-test-workspace") && text.contains("Apache Derby"), text);
	}

	@Test
	void chartroomPerspectiveIsTheDefault() {
		assertEquals(PERSPECTIVE, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
		assertEquals(PERSPECTIVE, window().getActivePage().getPerspective().getId());
	}

	@Test
	void menusOfferTheChartroomCommands() {
		Menu bar = mainShell().getMenuBar();
		assertNotNull(bar, "menu bar");
		assertEquals(List.of("File", "Window", "Help"), labels(bar));
		assertTrue(labels(submenu(bar, "File")).containsAll(List.of("Import Dataset\u2026", "Refresh Datasets", "Exit")),
				() -> "File menu: " + labels(submenu(bar, "File")));
		assertTrue(labels(submenu(bar, "Help")).contains("About Chartroom"),
				() -> "Help menu: " + labels(submenu(bar, "Help")));
		Menu showView = submenu(submenu(bar, "Window"), "Show View");
		assertTrue(labels(showView).containsAll(List.of("Datasets", "Progress")), () -> "Show View: " + labels(showView));
	}

	private static Menu submenu(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event()); // menus fill their items as they show
		Optional<Menu> found = Arrays.stream(menu.getItems())
				.filter(item -> label.equals(plain(item.getText())))
				.map(MenuItem::getMenu)
				.findFirst();
		assertTrue(found.isPresent(), () -> "no menu " + label + " in " + labels(menu));
		return found.get();
	}

	/** The labels of a menu's items, as they are once the menu is shown. */
	private static List<String> labels(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = Arrays.stream(menu.getItems())
				.filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
				.map(item -> plain(item.getText()))
				.toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return labels;
	}

	/** Without mnemonics and accelerator. */
	private static String plain(String text) {
		return text.replace("&", "").replaceFirst("\t.*$", "").trim();
	}
}
