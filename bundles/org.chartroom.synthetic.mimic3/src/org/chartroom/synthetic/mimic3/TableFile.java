package org.chartroom.synthetic.mimic3;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.Table;

/**
 * One table's {@code TABLE.csv.gz}: the header and column order are the model's, so the file
 * always matches what the importer expects. The primary key (ROW_ID) is numbered here, 1, 2, 3, ...
 * Rows are RFC 4180: NULL is an empty field, the empty string {@code ""}, fields with a comma,
 * quote or line break are quoted. Every value is checked against the model as it is written (a
 * NOT NULL column left empty, a text longer than its column): a generator bug fails loudly here
 * rather than as an import error later. The gzip header carries no time stamp, so the same rows
 * give the same bytes.
 */
final class TableFile implements Closeable {

	private static final int BUFFER = 1 << 16;
	/** Deflate level: 6, gzip's default; level 1 would take ~60 % of the time for ~13 % larger files. */
	private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

	private final Table table;
	private final Path file;
	private final List<Column> columns;
	private final int rowIdIndex;
	private final String[] line;
	private final Writer out;
	private long rows;

	TableFile(Table table, Path file) throws IOException {
		this.table = table;
		this.file = file;
		this.columns = List.copyOf(table.getColumns());
		this.rowIdIndex = rowIdIndex(table);
		this.line = new String[columns.size()];
		OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
		try {
			this.out = new BufferedWriter(new OutputStreamWriter(new Gzip(stream), StandardCharsets.UTF_8), BUFFER);
			for (int i = 0; i < columns.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(columns.get(i).getName());
			}
			out.write('\n');
		} catch (IOException | RuntimeException e) {
			stream.close();
			throw e;
		}
	}

	/** The single-column integer primary key, which the writer numbers. */
	private static int rowIdIndex(Table table) {
		if (table.getPrimaryKey() == null || table.getPrimaryKey().getColumns().size() != 1) {
			throw new IllegalStateException("Table " + table.getName() + " has no single-column primary key to number");
		}
		return table.getColumns().indexOf(table.getPrimaryKey().getColumns().get(0));
	}

	String name() {
		return table.getName();
	}

	Path file() {
		return file;
	}

	long rows() {
		return rows;
	}

	/**
	 * A writer of rows that gives values in the order of {@code columnNames}. Every name must be a
	 * column of the table, and every NOT NULL column except the row number must be among them.
	 */
	Rows rows(String... columnNames) {
		int[] positions = new int[columnNames.length];
		for (int i = 0; i < columnNames.length; i++) {
			String name = columnNames[i];
			int position = indexOf(name);
			if (position < 0) {
				throw new IllegalStateException("The generator writes column " + name + ", which table " + table.getName()
						+ " of the model does not have");
			}
			if (position == rowIdIndex) {
				throw new IllegalStateException(table.getName() + "." + name + " is numbered by the writer");
			}
			for (int j = 0; j < i; j++) {
				if (positions[j] == position) {
					throw new IllegalStateException("Column " + table.getName() + "." + name + " named twice");
				}
			}
			positions[i] = position;
		}
		for (int position = 0; position < columns.size(); position++) {
			int p = position;
			if (position != rowIdIndex && !columns.get(position).isNullable() && Arrays.stream(positions).noneMatch(q -> q == p)) {
				throw new IllegalStateException("Table " + table.getName() + " requires column " + columns.get(position).getName()
						+ ", which the generator does not fill");
			}
		}
		return new Rows(positions);
	}

	private int indexOf(String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).getName().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private void write(int[] positions, String[] values) throws IOException {
		if (values.length != positions.length) {
			throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for " + positions.length + " columns");
		}
		for (int i = 0; i < values.length; i++) {
			line[positions[i]] = values[i];
		}
		line[rowIdIndex] = Long.toString(rows + 1);
		for (int i = 0; i < line.length; i++) {
			if (!check(columns.get(i), line[i])) {
				String problem = table.getName() + " row " + (rows + 1) + ": " + problem(columns.get(i), line[i]);
				Arrays.fill(line, null);
				throw new IllegalStateException(problem);
			}
		}
		for (int i = 0; i < line.length; i++) {
			String value = line[i];
			if (i > 0) {
				out.write(',');
			}
			if (value != null) {
				writeField(value);
			}
		}
		out.write('\n');
		Arrays.fill(line, null);
		rows++;
	}

	/** True when the importer would accept {@code value} (null for an empty field) in {@code column}. */
	private static boolean check(Column column, String value) {
		if (value == null) {
			return column.isNullable();
		}
		return !isText(column) || column.getLength() <= 0 || value.length() <= column.getLength();
	}

	private static String problem(Column column, String value) {
		return value == null ? column.getName() + " is NOT NULL but empty"
				: column.getName() + " holds at most " + column.getLength() + " characters, not '" + value + "'";
	}

	private static boolean isText(Column column) {
		return column.getType() == ColumnType.VARCHAR || column.getType() == ColumnType.CHAR;
	}

	private void writeField(String value) throws IOException {
		if (value.isEmpty()) {
			out.write("\"\"");
			return;
		}
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			out.write(value);
			return;
		}
		out.write('"');
		out.write(value.replace("\"", "\"\""));
		out.write('"');
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

	/** The rows of a table in one column order. */
	final class Rows {

		private final int[] positions;

		private Rows(int[] positions) {
			this.positions = positions;
		}

		/** Writes one row; {@code null} is an empty (NULL) field. */
		void add(String... values) throws IOException {
			write(positions, values);
		}

		/** How many rows the table has so far: the row number of the last one written. */
		long count() {
			return rows;
		}
	}

	/** Gzip at {@link #LEVEL}. The JDK's header has no modification time, so the bytes depend on the content only. */
	private static final class Gzip extends GZIPOutputStream {

		Gzip(OutputStream out) throws IOException {
			super(out, BUFFER);
			def.setLevel(LEVEL);
		}
	}
}
