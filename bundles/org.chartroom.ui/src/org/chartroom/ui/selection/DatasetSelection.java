package org.chartroom.ui.selection;

import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * What the Datasets view has selected: a dataset, or one of its tables. The view puts it into
 * the e4 selection service, so other parts ({@code @Named(IServiceConstants.ACTIVE_SELECTION)}) and
 * the handlers of its context menu ({@code popup:org.chartroom.ui.views.datasets}, through
 * {@link #inWindow}) know which dataset to work on.
 *
 * @param dataset the selected dataset, or the dataset of the selected table
 * @param table   the selected table's name as the store holds it; empty when a dataset is selected
 */
public record DatasetSelection(DatasetInfo dataset, Optional<String> table) {

	/**
	 * What the active part of the window has selected, if it is a dataset or a table. e3 handlers use
	 * this: the Datasets view is an e4 part, whose selection the e3 selection service does not see.
	 */
	public static Optional<DatasetSelection> inWindow(IWorkbenchWindow window) {
		ESelectionService selection = window.getService(ESelectionService.class);
		return selection == null ? Optional.empty() : from(selection.getSelection());
	}

	/**
	 * The dataset selection in a workbench selection of any shape: the record itself (e4 parts get it
	 * so), or the first element of a structured selection (e3 handlers and views see it wrapped).
	 */
	public static Optional<DatasetSelection> from(Object selection) {
		if (selection instanceof DatasetSelection chosen) {
			return Optional.of(chosen);
		}
		if (selection instanceof IStructuredSelection structured) {
			return Optional.ofNullable(Adapters.adapt(structured.getFirstElement(), DatasetSelection.class));
		}
		return Optional.empty();
	}
}
