package org.chartroom.ui.datasets;

import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * An item of a {@link DatasetFolder} selected in the Datasets view: the view puts it into the e4
 * selection service, as it does a {@link org.chartroom.ui.selection.DatasetSelection} for a dataset.
 *
 * @param dataset the dataset the item belongs to
 * @param folder  the folder's {@link DatasetFolder#name()}
 * @param name    the item's name
 */
public record DatasetItem(DatasetInfo dataset, String folder, String name) {

	/** What the active part of the window has selected, if it is an item (e3 handlers use this). */
	public static Optional<DatasetItem> inWindow(IWorkbenchWindow window) {
		ESelectionService selection = window.getService(ESelectionService.class);
		return selection == null ? Optional.empty() : from(selection.getSelection());
	}

	/** The item in a workbench selection of any shape: the record itself, or a structured selection's first element. */
	public static Optional<DatasetItem> from(Object selection) {
		if (selection instanceof DatasetItem item) {
			return Optional.of(item);
		}
		if (selection instanceof IStructuredSelection structured) {
			return Optional.ofNullable(Adapters.adapt(structured.getFirstElement(), DatasetItem.class));
		}
		return Optional.empty();
	}
}
