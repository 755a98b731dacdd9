package org.chartroom.ui.views;

import java.util.List;

import org.chartroom.core.store.DatasetInfo;

/** What asking the workspace for its datasets gave: the datasets, or why there are none to show. */
sealed interface DatasetListing {

	record Listed(List<DatasetInfo> datasets) implements DatasetListing {
		public Listed {
			datasets = List.copyOf(datasets);
		}
	}

	record Failed(String message) implements DatasetListing {
	}
}
