package org.chartroom.ui;

import org.chartroom.core.store.Workspace;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The top-level menus and the status line. Each menu has an {@code additions} group so that
 * plug-ins contribute to it with {@code menu:file?after=additions} and the like; the commands
 * themselves are contributed in plugin.xml.
 */
final class ChartroomActionBarAdvisor extends ActionBarAdvisor {

	private final Workspace workspace;
	private IContributionItem showViews;

	ChartroomActionBarAdvisor(IActionBarConfigurer configurer, Workspace workspace) {
		super(configurer);
		this.workspace = workspace;
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator("quit"));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(showViews);
		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		window.add(showView);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator("about"));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		statusLine.add(WorkspaceStatusItem.of(workspace));
		// Jobs that end quietly (a cancelled import) leave a note here; they find it in the window's context.
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		window.getService(IEclipseContext.class).set(IStatusLineManager.class, statusLine);
	}
}
