package org.chartroom.ui.views;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.IMenuService;

/**
 * A context menu filled from plugin.xml contributions to {@code popup:ID}, so other bundles add
 * their commands to it. (An e4 part's own menu service does not apply the workbench's
 * {@code org.eclipse.ui.menus} contributions to its controls; the workbench's menu service does.)
 */
final class ContextMenu {

	private ContextMenu() {
	}

	static void attach(Control control, String id) {
		IMenuService menus = PlatformUI.getWorkbench().getService(IMenuService.class);
		MenuManager manager = new MenuManager("#PopupMenu", id);
		menus.populateContributionManager(manager, "popup:" + id);
		control.setMenu(manager.createContextMenu(control));
		control.addDisposeListener(event -> {
			menus.releaseContributions(manager);
			manager.dispose();
		});
	}
}
