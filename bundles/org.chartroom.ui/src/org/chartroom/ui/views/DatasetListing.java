package org.chartroom.ui.views;

import java.util.List;

/**
 * What asking the workspace gave, step by step: first the datasets (or why there are none to
 * show), then the tables of each dataset in turn.
 */
sealed interface DatasetListing {

	record Listed(List<DatasetRow> datasets) implements DatasetListing {
		public Listed {
			datasets = List.copyOf(datasets);
		}
	}

	record Failed(String message) implements DatasetListing {
	}

	record TablesListed(String dataset, List<TableRow> tables) implements DatasetListing {
		public TablesListed {
			tables = List.copyOf(tables);
		}
	}

	record TablesFailed(String dataset, String message) implements DatasetListing {
	}

	/** The items of a contributed folder of a dataset, or why they cannot be listed. */
	record FolderListed(String dataset, String folder, List<String> items, java.util.Optional<String> failure) implements DatasetListing {
		public FolderListed {
			items = List.copyOf(items);
		}
	}
}
