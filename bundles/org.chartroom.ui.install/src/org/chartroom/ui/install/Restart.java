package org.chartroom.ui.install;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Installed plugins start with the next start of Chartroom: offer it now (the launch script restarts on exit code 23). */
final class Restart {

	private Restart() {
	}

	static void offer(Shell shell, String done) {
		if (MessageDialog.openQuestion(shell, "Restart Chartroom", done + " They take effect when Chartroom restarts. Restart now?")) {
			PlatformUI.getWorkbench().restart();
		}
	}
}
