package org.chartroom.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.chartroom.core.store.Store;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.WorkspaceLocation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The Chartroom workbench: opens the workspace (while the display starts), runs the workbench
 * around it and closes it when the workbench is gone. A workspace that cannot be opened ends
 * the application with exit code 1 before any window shows.
 */
public final class ChartroomApplication implements IApplication {

	private static final Integer EXIT_FAILURE = Integer.valueOf(1);
	private static final Duration STORE_WAIT = Duration.ofSeconds(10);

	private final ILog log = ILog.of(ChartroomApplication.class);

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Path directory = WorkspaceLocation.resolve(WorkspaceOption.in(context));
		// Booting Derby takes a second or more: let it run while GTK and the display start.
		CompletableFuture<Workspace> opening = CompletableFuture.supplyAsync(() -> open(directory));
		Display display = PlatformUI.createDisplay();
		try {
			Workspace workspace;
			try {
				workspace = opening.join();
			} catch (CompletionException e) {
				refuse(e.getCause() instanceof WorkspaceUnavailable u ? u.getMessage() : String.valueOf(e.getCause()));
				return EXIT_FAILURE;
			}
			try {
				InstanceArea.followWorkspace(workspace.directory());
				int code = PlatformUI.createAndRunWorkbench(display, new ChartroomWorkbenchAdvisor(workspace));
				return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
			} finally {
				close(workspace);
			}
		} finally {
			display.dispose();
		}
	}

	/** Opens the workspace through the store service; the reason it cannot, for the person. */
	private static Workspace open(Path directory) {
		try (StoreTracker stores = StoreTracker.derby(ChartroomApplication.class)) {
			Store store = stores.await(STORE_WAIT).orElseThrow(() -> new WorkspaceUnavailable(
					"No workspace store is available: the embedded Derby store did not start. "
							+ "Check that the bundle org.chartroom.store.derby is installed."));
			return store.open(directory);
		} catch (StoreException e) {
			throw new WorkspaceUnavailable(e.getMessage());
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Why the workspace could not be opened, in words for the person starting Chartroom. */
	private static final class WorkspaceUnavailable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		WorkspaceUnavailable(String message) {
			super(message);
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		var workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	private static void refuse(String message) {
		MessageDialog.openError(null, "Chartroom", message);
	}

	private void close(Workspace workspace) {
		try {
			workspace.close();
		} catch (StoreException e) {
			log.error("Closing the workspace " + workspace.directory() + " failed", e);
		}
	}
}
