package org.chartroom.ui;

import org.chartroom.core.store.Workspace;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: its title, size and bars. */
final class ChartroomWindowAdvisor extends WorkbenchWindowAdvisor {

	static final String TITLE = "Chartroom";

	private final Workspace workspace;

	ChartroomWindowAdvisor(IWorkbenchWindowConfigurer configurer, Workspace workspace) {
		super(configurer);
		this.workspace = workspace;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new ChartroomActionBarAdvisor(configurer, workspace);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(TITLE);
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowMenuBar(true);
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}
}
