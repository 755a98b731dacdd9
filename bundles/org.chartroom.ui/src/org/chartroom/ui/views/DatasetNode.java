package org.chartroom.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dataset in the tree. Its tables arrive after it: until then (or if they cannot be listed)
 * it holds one {@link Placeholder} that says so. Used on the UI thread only.
 */
final class DatasetNode {

	static final String LISTING_TABLES = "Counting rows\u2026";

	private final DatasetRow row;
	private final List<FolderNode> folders;
	private List<?> children;

	DatasetNode(DatasetRow row, List<FolderNode> folders) {
		this.row = row;
		this.folders = List.copyOf(folders);
		this.children = List.of(new Placeholder(LISTING_TABLES));
	}

	DatasetRow row() {
		return row;
	}

	String name() {
		return row.info().name();
	}

	/** The case-insensitive identity of the dataset, which survives a refresh. */
	String key() {
		return name().toUpperCase(Locale.ROOT);
	}

	boolean hasChildren() {
		return row.info().tableCount() > 0 || !folders.isEmpty();
	}

	/** The tables (or a placeholder), then the contributed folders. */
	List<?> children() {
		List<Object> all = new ArrayList<>(children);
		all.addAll(folders);
		return all;
	}

	/** The contributed folder of that name, if there is one. */
	java.util.Optional<FolderNode> folder(String name) {
		return folders.stream().filter(folder -> folder.name().equals(name)).findFirst();
	}

	void tablesListed(List<TableRow> tables) {
		children = List.copyOf(tables);
	}

	void tablesFailed(String message) {
		children = List.of(new Placeholder("Cannot list the tables: " + message));
	}

	/** A line in place of the tables: they are being counted, or could not be listed. */
	record Placeholder(String text) {
	}
}
