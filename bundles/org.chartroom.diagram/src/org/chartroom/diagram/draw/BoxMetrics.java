package org.chartroom.diagram.draw;

import java.util.List;

import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.TableNode;

/**
 * The geometry of a table box, shared by the layout, the SVG export and the SWT editor so that all
 * three agree: a header with the table name, then one line per listed column ({@code PK}/{@code FK}
 * marker, name, type). Text is set in a monospaced font, whose advance is a fixed part of its size,
 * so the width of a line is known without a display.
 */
public final class BoxMetrics {

	/** Font size in diagram units (pixels at 100 %). */
	public static final double FONT_SIZE = 12;
	/** Advance of one character of DejaVu Sans Mono and most monospaced fonts: 0.602 em. */
	public static final double CHAR_WIDTH = FONT_SIZE * 0.602;
	public static final double HEADER_HEIGHT = 24;
	public static final double LINE_HEIGHT = 17;
	public static final double PADDING = 8;
	/** Characters kept between a column's name and its type. */
	public static final int GAP = 2;
	/** Width of the marker column ({@code PK }, {@code FK }). */
	public static final int MARKER = 3;

	private BoxMetrics() {
	}

	/** Sets the node's width and height for its name and listed columns. */
	public static void resize(TableNode node) {
		List<ColumnEntry> columns = ColumnSelection.listed(node);
		int chars = node.getName().length();
		for (ColumnEntry column : columns) {
			chars = Math.max(chars, MARKER + nameChars(columns) + GAP + column.getType().length());
		}
		node.setWidth(Math.ceil(2 * PADDING + chars * CHAR_WIDTH));
		node.setHeight(HEADER_HEIGHT + (columns.isEmpty() ? 0 : columns.size() * LINE_HEIGHT + PADDING / 2));
	}

	/** The widest column name among these: types start after it, aligned. */
	public static int nameChars(List<ColumnEntry> columns) {
		return columns.stream().mapToInt(c -> c.getName().length()).max().orElse(0);
	}

	/** The base line of the {@code index}-th listed column, from the top of the box. */
	public static double baseline(int index) {
		return HEADER_HEIGHT + (index + 1) * LINE_HEIGHT - 4;
	}

	/** The marker of a column: {@code PK}, {@code FK}, or blank. */
	public static String marker(ColumnEntry column) {
		return column.isPrimaryKey() ? "PK" : column.isForeignKey() ? "FK" : "";
	}
}
