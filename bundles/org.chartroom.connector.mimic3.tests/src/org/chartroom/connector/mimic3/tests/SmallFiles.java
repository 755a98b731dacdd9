package org.chartroom.connector.mimic3.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/** Writes small MIMIC-III-shaped CSV files for the tests: a lower-case header as PhysioNet's, and valid rows. */
final class SmallFiles {

	private final Dataset schema;

	SmallFiles(Dataset schema) {
		this.schema = schema;
	}

	Table table(String name) {
		return Mimic3Model.table(schema, name);
	}

	String header(String table) {
		return String.join(",", table(table).getColumns().stream().map(c -> c.getName().toLowerCase(Locale.ROOT)).toList());
	}

	/** A valid record of the table, with {@code id} in every integer column. */
	String row(String table, int id) {
		List<String> values = new ArrayList<>();
		for (Column column : table(table).getColumns()) {
			values.add(switch (column.getType()) {
			case SMALLINT -> "1";
			case INTEGER, BIGINT -> Integer.toString(id);
			case DOUBLE, REAL, DECIMAL -> "1.5";
			case TIMESTAMP -> "2100-01-01 12:00:00";
			case DATE -> "2100-01-01";
			case BOOLEAN -> "true";
			default -> "x";
			});
		}
		return String.join(",", values);
	}

	/** A valid record of the table with one column's field given as the file has it (quoted or not). */
	String row(String table, int id, String column, String field) {
		List<String> fields = new ArrayList<>(List.of(row(table, id).split(",", -1)));
		List<String> names = table(table).getColumns().stream().map(Column::getName).toList();
		int index = names.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException(table + " has no column " + column);
		}
		fields.set(index, field);
		return String.join(",", fields);
	}

	/** A CSV field holding {@code value} exactly: in double quotes, quotes doubled (RFC 4180). */
	static String quoted(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** The required tables PATIENTS, ADMISSIONS and ICUSTAYS, one valid row each, as plain CSV. */
	Path requiredTables(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (String table : List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS")) {
			write(folder.resolve(table + ".csv"), header(table) + "\n" + row(table, 1) + "\n");
		}
		return folder;
	}

	static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** Zips the files of {@code folder} into {@code zip}, inside a folder {@code top} (none when empty). */
	static Path zip(Path folder, Path zip, String top) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
				Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				out.putNextEntry(new ZipEntry((top.isEmpty() ? "" : top + "/") + file.getFileName()));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return zip;
	}

	static void writeGzip(Path file, byte[] bytes) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(bytes);
		}
	}
}
