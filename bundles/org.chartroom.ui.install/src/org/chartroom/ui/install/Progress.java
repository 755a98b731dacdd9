package org.chartroom.ui.install;

import java.lang.reflect.InvocationTargetException;

import org.chartroom.install.InstallException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/** Work that talks to p2 (downloads, plans, installs): run outside the UI thread behind a cancellable progress dialog. */
final class Progress {

	interface Work {
		void run(IProgressMonitor monitor) throws InstallException;
	}

	private Progress() {
	}

	static void run(Shell shell, Work work) throws InstallException {
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				try {
					work.run(monitor);
				} catch (InstallException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof InstallException failed) {
				throw failed;
			}
			throw new InstallException("p2 failed: " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			throw new InstallException("Cancelled; nothing changed.");
		}
	}
}
