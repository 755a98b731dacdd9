package org.chartroom.ui.views;

import java.util.List;
import java.util.Locale;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.ui.datasets.DatasetFolder;
import org.chartroom.ui.views.DatasetNode.Placeholder;

/**
 * A contributed folder under a dataset (e.g. its saved cohorts): its items, or a {@link Placeholder}
 * while they are listed or when they cannot be. Used on the UI thread only.
 */
final class FolderNode {

	static final String LISTING = "Listing\u2026";

	private final DatasetInfo dataset;
	private final DatasetFolder folder;
	private List<?> children = List.of(new Placeholder(LISTING));

	FolderNode(DatasetInfo dataset, DatasetFolder folder) {
		this.dataset = dataset;
		this.folder = folder;
	}

	String name() {
		return folder.name();
	}

	DatasetInfo dataset() {
		return dataset;
	}

	/** The identity that survives a refresh, to keep the folder open. */
	String key() {
		return dataset.name().toUpperCase(Locale.ROOT) + "/" + folder.name();
	}

	List<?> children() {
		return children;
	}

	void listed(List<String> items) {
		children = items.isEmpty() ? List.of(new Placeholder("(none)"))
				: items.stream().map(item -> new ItemRow(dataset, folder, item)).toList();
	}

	void failed(String message) {
		children = List.of(new Placeholder("Cannot list them: " + message));
	}

	/** An item of the folder. */
	record ItemRow(DatasetInfo dataset, DatasetFolder folder, String name) {
	}
}
