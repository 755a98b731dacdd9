package org.chartroom.ui.cohort.handlers;

import java.io.IOException;
import java.util.Optional;

import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.datasets.DatasetItem;
import org.chartroom.ui.views.DatasetsTopics;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Delete on a saved cohort: after a confirmation, its definition and its member rows go, in a job. */
public final class DeleteCohortHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<DatasetItem> item = ChosenDataset.cohort(event);
		if (item.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Delete Cohort", "Select a saved cohort under a dataset's Cohorts first.");
			return null;
		}
		String name = item.get().name();
		String dataset = item.get().dataset().name();
		if (!MessageDialog.openConfirm(window.getShell(), "Delete Cohort", "Delete cohort " + name + " of dataset " + dataset
				+ "? Its definition and its rows in CHARTROOM_COHORT_MEMBERS are removed; reports can no longer use it.")) {
			return null;
		}
		Workspace workspace = window.getService(Workspace.class);
		IEventBroker events = window.getService(IEventBroker.class);
		Job job = Job.create("Deleting cohort " + name + " of " + dataset, monitor -> {
			try {
				new SavedCohorts(workspace).delete(dataset, name);
				return Status.OK_STATUS;
			} catch (StoreException | IOException e) {
				return Status.error("Cannot delete cohort " + name + ": " + e.getMessage(), e);
			} finally {
				if (events != null) {
					events.post(DatasetsTopics.REFRESH, dataset);
				}
			}
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
