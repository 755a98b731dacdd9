package org.chartroom.examples.hospital;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * One {@code TABLE.csv.gz} being written: the header is the model's columns, so the generator cannot
 * drift from what the importer expects. RFC 4180; an absent value is an empty field. Java's gzip
 * header carries no time, so the same rows give the same bytes.
 */
final class CsvGzFile implements AutoCloseable {

	private final String table;
	private final Path file;
	private final int columns;
	private final Writer out;
	private long rows;

	CsvGzFile(Table table, Path folder) throws IOException {
		this.table = table.getName();
		this.file = folder.resolve(table.getName() + ".csv.gz");
		this.columns = table.getColumns().size();
		this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
				StandardCharsets.UTF_8));
		writeLine(table.getColumns().stream().map(Column::getName).map(Object.class::cast).toList());
	}

	void row(Object... values) throws IOException {
		if (values.length != columns) {
			throw new IllegalArgumentException(table + " has " + columns + " columns, not " + values.length);
		}
		writeLine(Arrays.asList(values));
		rows++;
	}

	String table() {
		return table;
	}

	Path file() {
		return file;
	}

	long rows() {
		return rows;
	}

	private void writeLine(List<Object> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			Object value = values.get(i);
			if (value != null) {
				out.write(field(value.toString()));
			}
		}
		out.write('\n');
	}

	private static String field(String text) {
		if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
