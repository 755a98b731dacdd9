package org.chartroom.ui.imports;

import org.chartroom.core.imports.ImportResult;
import org.chartroom.ui.views.DatasetImported;
import org.chartroom.ui.views.DatasetsTopics;
import org.chartroom.ui.views.DatasetsView;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * How the workbench window tells the outcome of an import: the Datasets view shows and selects
 * the new dataset with the import's summary and warnings; a failure is an error dialog with the
 * import's own message (no stack trace); a cancel is only a note in the status line.
 */
public final class WorkbenchImportReport implements ImportReport {

	public static final String FAILED_TITLE = "Import Failed";
	public static final String NOTHING_IMPORTED = "Nothing was imported: the workspace is as it was.";

	private final IWorkbenchWindow window;
	private final String what;

	/** @param what the import in words for messages, e.g. {@code Import of mimic3} */
	public WorkbenchImportReport(IWorkbenchWindow window, String what) {
		this.window = window;
		this.what = what;
	}

	@Override
	public void imported(ImportResult result) {
		inWindow(() -> {
			showDatasetsView();
			window.getService(IEventBroker.class).post(DatasetsTopics.IMPORTED, DatasetImported.of(result));
		});
	}

	@Override
	public void failed(String message) {
		inWindow(() -> MessageDialog.openError(window.getShell(), FAILED_TITLE, message + "\n\n" + NOTHING_IMPORTED));
	}

	@Override
	public void cancelled() {
		inWindow(() -> {
			IStatusLineManager statusLine = window.getService(IStatusLineManager.class);
			if (statusLine != null) {
				statusLine.setMessage(what + " cancelled: nothing was imported.");
			}
		});
	}

	private void showDatasetsView() {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(DatasetsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(WorkbenchImportReport.class).error("Cannot show the Datasets view", e);
		}
	}

	/** Runs on the UI thread, unless the window has closed in the meantime. */
	private void inWindow(Runnable runnable) {
		Display display = window.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed()) {
				runnable.run();
			}
		});
	}
}
