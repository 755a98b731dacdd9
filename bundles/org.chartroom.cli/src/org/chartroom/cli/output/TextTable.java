package org.chartroom.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: padded columns, numbers right-aligned. */
public final class TextTable {

	private final List<String> headers;
	private final boolean[] rightAligned;
	private final List<String[]> rows = new ArrayList<>();

	public TextTable(List<String> headers, boolean[] rightAligned) {
		this.headers = List.copyOf(headers);
		this.rightAligned = rightAligned.clone();
	}

	public void add(String... cells) {
		rows.add(cells.clone());
	}

	public void print(PrintWriter out) {
		int[] widths = new int[headers.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = headers.get(i).length();
			for (String[] row : rows) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		printLine(out, headers.toArray(String[]::new), widths);
		String[] rule = new String[widths.length];
		for (int i = 0; i < widths.length; i++) {
			rule[i] = "-".repeat(widths[i]);
		}
		printLine(out, rule, widths);
		for (String[] row : rows) {
			printLine(out, row, widths);
		}
	}

	private void printLine(PrintWriter out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append("  ");
			}
			String cell = cells[i];
			String pad = " ".repeat(widths[i] - cell.length());
			line.append(rightAligned[i] ? pad + cell : i == cells.length - 1 ? cell : cell + pad);
		}
		out.println(line);
	}
}
