package org.chartroom.ui.cohort.handlers;

import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.ui.cohort.CohortDataset;
import org.chartroom.ui.datasets.DatasetItem;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The dataset a cohort command works on: the one selected in the Datasets view (or the dataset of the
 * selected cohort), with its connector's model. Says so when there is none.
 */
final class ChosenDataset {

	private ChosenDataset() {
	}

	static Optional<CohortDataset> of(ExecutionEvent event, String title) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Object current = HandlerUtil.getCurrentSelection(event);
		Optional<DatasetInfo> info = DatasetSelection.from(current).or(() -> DatasetSelection.inWindow(window))
				.map(DatasetSelection::dataset)
				.or(() -> DatasetItem.from(current).or(() -> DatasetItem.inWindow(window)).map(DatasetItem::dataset));
		if (info.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), title, "Select a dataset in the Datasets view first.");
			return Optional.empty();
		}
		Optional<CohortDataset> dataset = CohortDataset.of(info.get());
		if (dataset.isEmpty()) {
			MessageDialog.openError(window.getShell(), title, "The connector '" + info.get().sourceKind()
					+ "' of dataset " + info.get().name() + " is not installed, so cohorts cannot be built on it.");
		}
		return dataset;
	}

	/** The saved cohort selected in the Datasets view, if one is. */
	static Optional<DatasetItem> cohort(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return DatasetItem.from(HandlerUtil.getCurrentSelection(event)).or(() -> DatasetItem.inWindow(window))
				.filter(item -> item.folder().equals(org.chartroom.ui.cohort.SavedCohortsFolder.NAME));
	}
}
