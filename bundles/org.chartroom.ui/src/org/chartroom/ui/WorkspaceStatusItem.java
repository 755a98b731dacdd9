package org.chartroom.ui;

import java.nio.file.Path;

import org.chartroom.core.store.Workspace;
import org.eclipse.jface.action.StatusLineContributionItem;

/** The status line entry naming the open workspace and the store that holds it. */
final class WorkspaceStatusItem {

	static final String ID = "org.chartroom.ui.status.workspace";

	private WorkspaceStatusItem() {
	}

	static StatusLineContributionItem of(Workspace workspace) {
		String text = "Workspace: " + shortened(workspace.directory()) + "  \u2022  " + workspace.store().description();
		// The width is counted in average characters; leave room for wide ones.
		StatusLineContributionItem item = new StatusLineContributionItem(ID, text.length() * 5 / 4 + 4);
		item.setText(text);
		return item;
	}

	/** The folder with the home folder written {@code ~}, as people read paths. */
	static String shortened(Path folder) {
		Path home = Path.of(System.getProperty("user.home"));
		return folder.startsWith(home) && !folder.equals(home)
				? "~" + folder.getFileSystem().getSeparator() + home.relativize(folder)
				: folder.toString();
	}
}
