package org.chartroom.ui.imports;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Finds the dataset names in use, in the background, so that the wizard can say "exists" as the
 * person types. If the store cannot say, no name counts as taken: the import checks again anyway.
 */
final class DatasetNamesJob extends Job {

	private final Workspace workspace;
	private final Consumer<Set<String>> whenDone;

	DatasetNamesJob(Workspace workspace, Consumer<Set<String>> whenDone) {
		super("Listing dataset names");
		this.workspace = workspace;
		this.whenDone = whenDone;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			whenDone.accept(workspace.datasets().stream().map(DatasetInfo::name).collect(Collectors.toUnmodifiableSet()));
		} catch (StoreException e) {
			whenDone.accept(Set.of());
		}
		return Status.OK_STATUS;
	}
}
