package org.chartroom.ui.schema.explorer;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The search box's filter: a table stays when its name or description, or one of its columns,
 * holds the words; under a table that matches by name every row stays, else only matching columns.
 */
final class SchemaSearch extends ViewerFilter {

	private String words = "";

	/** @return whether the words changed */
	boolean set(String text) {
		String next = text.strip().toLowerCase(Locale.ROOT);
		boolean changed = !next.equals(words);
		words = next;
		return changed;
	}

	boolean isActive() {
		return !words.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (words.isEmpty()) {
			return true;
		}
		return switch (element) {
		case SchemaRow.TableRow table -> matches(table) || table.children().stream().anyMatch(this::matches);
		case SchemaRow.ColumnRow column -> matches(column) || parentMatches(parent);
		default -> parentMatches(parent);
		};
	}

	private boolean parentMatches(Object parent) {
		Object last = parent instanceof org.eclipse.jface.viewers.TreePath path ? path.getLastSegment() : parent;
		return last instanceof SchemaRow.TableRow table && matches(table)
				|| last instanceof SchemaRow.KeyGroupRow;
	}

	private boolean matches(SchemaRow row) {
		return row.searchText().toLowerCase(Locale.ROOT).contains(words);
	}
}
