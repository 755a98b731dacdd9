package org.chartroom.synthetic.mimic3;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of reference data shipped in this bundle ({@code data/*.tsv}): tab-separated, the first
 * line that is not a {@code #} comment is the header. Cells are taken as written, blanks included.
 */
final class Tsv {

	/** One line of a table; cells by column name. */
	static final class Row {

		private final String source;
		private final int line;
		private final Map<String, Integer> header;
		private final String[] cells;

		private Row(String source, int line, Map<String, Integer> header, String[] cells) {
			this.source = source;
			this.line = line;
			this.header = header;
			this.cells = cells;
		}

		String text(String column) {
			Integer index = header.get(column);
			if (index == null) {
				throw new IllegalStateException(source + " has no column " + column);
			}
			return cells[index];
		}

		/** The cell, or null when it is empty or {@code (null)}. */
		String textOrNull(String column) {
			String text = text(column);
			return text.isEmpty() || NULL.equals(text) ? null : text;
		}

		int integer(String column) {
			try {
				return Integer.parseInt(text(column));
			} catch (NumberFormatException e) {
				throw problem(column, "an integer");
			}
		}

		double number(String column) {
			try {
				return Double.parseDouble(text(column));
			} catch (NumberFormatException e) {
				throw problem(column, "a number");
			}
		}

		private IllegalStateException problem(String column, String expected) {
			return new IllegalStateException(source + " line " + line + ", column " + column + ": '" + text(column)
					+ "' is not " + expected);
		}

		/** Where the row comes from, for messages. */
		String where() {
			return source + " line " + line;
		}
	}

	/** The cell that stands for an empty (NULL) field in value lists. */
	static final String NULL = "(null)";

	private Tsv() {
	}

	/** The rows of {@code data/NAME} next to this class. */
	static List<Row> read(String name) {
		String source = "data/" + name;
		try (InputStream in = Tsv.class.getResourceAsStream(source)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + source + " of " + Tsv.class.getPackageName());
			}
			return parse(source, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + source, e);
		}
	}

	private static List<Row> parse(String source, BufferedReader reader) throws IOException {
		Map<String, Integer> header = null;
		List<Row> rows = new ArrayList<>();
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (line.startsWith("#") || line.isEmpty()) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (header == null) {
				header = new HashMap<>();
				for (int i = 0; i < cells.length; i++) {
					header.put(cells[i], i);
				}
			} else if (cells.length != header.size()) {
				throw new IllegalStateException(source + " line " + number + " has " + cells.length + " cells, not " + header.size());
			} else {
				rows.add(new Row(source, number, header, cells));
			}
		}
		return rows;
	}
}
