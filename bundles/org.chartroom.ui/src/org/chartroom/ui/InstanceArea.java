package org.chartroom.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Keeps the workbench's own state (layout, preferences, log) beside the Chartroom workspace,
 * in {@code <workspace>/ui}, unless the launch chose an instance area with {@code -data}.
 */
final class InstanceArea {

	static final String FOLDER = "ui";

	private InstanceArea() {
	}

	static void followWorkspace(Path workspace) {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.isSet() || instance.isReadOnly()) {
			return;
		}
		try {
			instance.set(workspace.resolve(FOLDER).toUri().toURL(), false);
		} catch (IOException | IllegalStateException e) {
			ILog.of(InstanceArea.class).warn("The workbench state stays in its default place: " + e.getMessage());
		}
	}
}
