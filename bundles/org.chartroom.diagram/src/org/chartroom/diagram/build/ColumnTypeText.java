package org.chartroom.diagram.build;

import org.chartroom.model.warehouse.Column;

/** A column's SQL type as people read it: {@code VARCHAR(50)}, {@code DECIMAL(10,2)}, {@code INTEGER}. */
public final class ColumnTypeText {

	private ColumnTypeText() {
	}

	public static String of(Column column) {
		String name = column.getType().getLiteral();
		return switch (column.getType()) {
		case CHAR, VARCHAR -> column.getLength() > 0 ? name + "(" + column.getLength() + ")" : name;
		case DECIMAL -> column.getPrecision() > 0 ? name + "(" + column.getPrecision() + "," + column.getScale() + ")" : name;
		default -> name;
		};
	}
}
