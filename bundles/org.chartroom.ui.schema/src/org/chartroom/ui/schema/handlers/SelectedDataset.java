package org.chartroom.ui.schema.handlers;

import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The dataset a handler works on: the Datasets view's selection. */
final class SelectedDataset {

	private SelectedDataset() {
	}

	static DatasetSelection in(IWorkbenchWindow window, ExecutionEvent event) throws ExecutionException {
		return DatasetSelection.from(HandlerUtil.getCurrentSelection(event))
				.or(() -> DatasetSelection.inWindow(window))
				.orElseThrow(() -> new ExecutionException("Select a dataset in the Datasets view first."));
	}
}
