package org.chartroom.connector.omop.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/** Writes small OMOP-shaped CSV files for the tests, header and column order from a version's model. */
final class SmallOmop {

	static final String TIMESTAMP = "2020-01-02 03:04:05";
	static final String DATE = "2020-01-02";

	private final Dataset schema;

	SmallOmop(Dataset schema) {
		this.schema = schema;
	}

	Table table(String name) {
		return schema.getTables().stream().filter(t -> t.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(schema.getName() + " has no table " + name));
	}

	List<String> columns(String table) {
		return table(table).getColumns().stream().map(Column::getName).toList();
	}

	/** The header in lower case, as the model names the columns. */
	String header(String table) {
		return String.join(",", columns(table));
	}

	/** A valid record of the table, with {@code id} in every integer column. */
	String row(String table, long id) {
		List<String> values = new ArrayList<>();
		for (Column column : table(table).getColumns()) {
			values.add(switch (column.getType()) {
			case SMALLINT, INTEGER, BIGINT -> Long.toString(id);
			case DOUBLE, REAL, DECIMAL -> "1.5";
			case TIMESTAMP -> TIMESTAMP;
			case DATE -> DATE;
			default -> "x";
			});
		}
		return String.join(",", values);
	}

	/** A valid record with one column's field as given. */
	String row(String table, long id, String column, String field) {
		List<String> fields = new ArrayList<>(List.of(row(table, id).split(",", -1)));
		int index = columns(table).indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException(table + " has no column " + column);
		}
		fields.set(index, field);
		return String.join(",", fields);
	}

	/** Writes {@code fileName} in {@code folder}: the header (changed by {@code header}) and the rows; gzip for {@code .gz}. */
	Path write(Path folder, String fileName, String table, UnaryOperator<String> header, String... rows) throws IOException {
		Files.createDirectories(folder);
		StringBuilder text = new StringBuilder(header.apply(header(table))).append('\n');
		for (String row : rows) {
			text.append(row).append('\n');
		}
		Path file = folder.resolve(fileName);
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
				out.write(bytes);
			}
		} else {
			Files.write(file, bytes);
		}
		return file;
	}

	/** Writes {@code fileName} with the model's header and one valid row per id. */
	Path write(Path folder, String fileName, String table, long... ids) throws IOException {
		String[] rows = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			rows[i] = row(table, ids[i]);
		}
		return write(folder, fileName, table, UnaryOperator.identity(), rows);
	}
}
