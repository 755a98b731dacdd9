package org.chartroom.diagram.draw;

import java.util.List;

import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.TableNode;

/** Which columns a box lists, by its column display. */
public final class ColumnSelection {

	private ColumnSelection() {
	}

	public static List<ColumnEntry> listed(TableNode node) {
		return switch (node.getColumnDisplay()) {
		case ALL -> List.copyOf(node.getColumns());
		case NONE -> List.of();
		case KEYS -> node.getColumns().stream().filter(ColumnSelection::isKey).toList();
		};
	}

	/** A primary or foreign key column, or one that other tables refer to. */
	public static boolean isKey(ColumnEntry column) {
		return column.isPrimaryKey() || column.isForeignKey() || column.isReferenced();
	}
}
