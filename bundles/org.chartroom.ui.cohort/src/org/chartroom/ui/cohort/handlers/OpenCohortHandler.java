package org.chartroom.ui.cohort.handlers;

import java.io.IOException;
import java.util.Optional;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.cohort.CohortDataset;
import org.chartroom.ui.cohort.editor.CohortEditorInput;
import org.chartroom.ui.datasets.DatasetItem;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open on a saved cohort in the Datasets view (and its double-click): the builder on that cohort. */
public final class OpenCohortHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<DatasetItem> item = ChosenDataset.cohort(event);
		if (item.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Open Cohort", "Select a saved cohort under a dataset's Cohorts first.");
			return null;
		}
		Optional<CohortDataset> dataset = CohortDataset.of(item.get().dataset());
		if (dataset.isEmpty()) {
			MessageDialog.openError(window.getShell(), "Open Cohort", "The connector of dataset " + item.get().dataset().name()
					+ " is not installed.");
			return null;
		}
		try {
			Optional<Cohort> cohort = new SavedCohorts(window.getService(Workspace.class)).load(dataset.get().name(), item.get().name());
			if (cohort.isEmpty()) {
				MessageDialog.openError(window.getShell(), "Open Cohort", "Cohort " + item.get().name() + " is no longer saved "
						+ "(Refresh Datasets).");
				return null;
			}
			EditorOpener.open(window, CohortEditorInput.saved(dataset.get(), item.get().name(), cohort.get()));
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Open Cohort", e.getMessage());
		}
		return null;
	}
}
