package org.chartroom.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.datasets.DatasetFolder;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Asks the workspace for its datasets in the background and hands them over at once; then
 * counts the rows of each dataset's tables (which takes longer on big data) and hands those over
 * dataset by dataset.
 */
final class ListDatasetsJob extends Job {

	static final String NAME = "Listing datasets";

	private final Workspace workspace;
	private final SchemaDescriptions descriptions;
	private final List<DatasetFolder> folders;
	private final Consumer<DatasetListing> whenDone;

	ListDatasetsJob(Workspace workspace, SchemaDescriptions descriptions, List<DatasetFolder> folders,
			Consumer<DatasetListing> whenDone) {
		super(NAME);
		this.workspace = workspace;
		this.descriptions = descriptions;
		this.folders = List.copyOf(folders);
		this.whenDone = whenDone;
		// The view shows a failure itself; the Progress view keeps it instead of a pop-up.
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NAME, 1);
		List<DatasetInfo> datasets;
		try {
			datasets = workspace.datasets();
		} catch (StoreException e) {
			whenDone.accept(new DatasetListing.Failed(e.getMessage()));
			return Status.error("Cannot list the datasets of " + workspace.directory() + ": " + e.getMessage(), e);
		}
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		whenDone.accept(new DatasetListing.Listed(datasets.stream().map(descriptions::describe).toList()));
		progress.setWorkRemaining(datasets.size());
		for (DatasetInfo dataset : datasets) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask("Counting the rows of " + dataset.name());
			whenDone.accept(tables(dataset));
			for (DatasetFolder folder : folders) {
				whenDone.accept(items(dataset, folder));
			}
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	private DatasetListing tables(DatasetInfo dataset) {
		try {
			List<TableInfo> tables = workspace.tables(dataset.name());
			return new DatasetListing.TablesListed(dataset.name(), tables.stream()
					.map(table -> new TableRow(dataset.name(), table,
							descriptions.table(dataset, table.name())))
					.toList());
		} catch (StoreException e) {
			return new DatasetListing.TablesFailed(dataset.name(), e.getMessage());
		}
	}

	private DatasetListing items(DatasetInfo dataset, DatasetFolder folder) {
		try {
			return new DatasetListing.FolderListed(dataset.name(), folder.name(), folder.items(workspace, dataset), java.util.Optional.empty());
		} catch (StoreException | RuntimeException e) {
			return new DatasetListing.FolderListed(dataset.name(), folder.name(), List.of(),
					java.util.Optional.of(String.valueOf(e.getMessage())));
		}
	}
}
