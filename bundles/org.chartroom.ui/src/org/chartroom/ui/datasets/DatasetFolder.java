package org.chartroom.ui.datasets;

import java.util.List;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;

/**
 * A folder of named things kept for each dataset (saved cohorts, say) that the Datasets view shows
 * under the dataset, after its tables. Bundles contribute one as an OSGi service. Double-clicking an
 * item selects it (as a {@link DatasetItem}) and executes {@link #openCommand()}; the view's context
 * menu ({@code popup:org.chartroom.ui.views.datasets}) takes the bundle's other commands on items.
 */
public interface DatasetFolder {

	/** The folder's name in the tree, e.g. {@code Cohorts}; also {@link DatasetItem#folder()}. */
	String name();

	/** The items of the dataset, in the order shown. Called in a background job, never on the UI thread. */
	List<String> items(Workspace workspace, DatasetInfo dataset) throws StoreException;

	/** The command a double-click on an item executes, with the item selected. */
	String openCommand();
}
