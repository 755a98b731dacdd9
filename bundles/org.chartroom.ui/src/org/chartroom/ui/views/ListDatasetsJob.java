package org.chartroom.ui.views;

import java.util.function.Consumer;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/** Asks the workspace for its datasets in the background and hands over the outcome. */
final class ListDatasetsJob extends Job {

	static final String NAME = "Listing datasets";

	private final Workspace workspace;
	private final Consumer<DatasetListing> whenDone;

	ListDatasetsJob(Workspace workspace, Consumer<DatasetListing> whenDone) {
		super(NAME);
		this.workspace = workspace;
		this.whenDone = whenDone;
		// The view shows a failure itself; the Progress view keeps it instead of a pop-up.
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(NAME, IProgressMonitor.UNKNOWN);
		try {
			DatasetListing listing = new DatasetListing.Listed(workspace.datasets());
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			whenDone.accept(listing);
			return Status.OK_STATUS;
		} catch (StoreException e) {
			whenDone.accept(new DatasetListing.Failed(e.getMessage()));
			return Status.error("Cannot list the datasets of " + workspace.directory() + ": " + e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}
}
