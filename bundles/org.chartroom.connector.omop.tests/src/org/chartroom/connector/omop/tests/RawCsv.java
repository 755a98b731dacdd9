package org.chartroom.connector.omop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/**
 * The raw CSV of a demo table, read with Commons CSV independently of the importer, and compared
 * value by value with what the store gives back for the same rows.
 */
final class RawCsv {

	/** RFC 4180; an empty unquoted field is null (SQL NULL), {@code ""} the empty string. */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
			.setNullString(null).get();

	private RawCsv() {
	}

	/** The header (lower case) and the records of a gzip CSV file for which {@code keep} holds. */
	static List<List<String>> records(Path file, Predicate<CSVRecord> keep) throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			boolean header = true;
			for (CSVRecord record : parser) {
				if (header) {
					records.add(record.toList().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
					header = false;
				} else if (keep.test(record)) {
					records.add(record.toList());
				}
			}
		}
		return records;
	}

	/**
	 * Asserts that the rows of {@code table} whose {@code column} is {@code value} are in the store
	 * exactly as in the file (every column, typed by the model), ordered by the table's first column (its id).
	 *
	 * @return how many rows were compared
	 */
	static int assertSameRows(Workspace workspace, String dataset, Dataset schema, Path file, String table,
			String column, String value) throws Exception {
		Table model = schema.getTables().stream().filter(t -> t.getName().equals(table)).findFirst().orElseThrow();
		List<Column> columns = model.getColumns();
		List<String> names = columns.stream().map(Column::getName).toList();
		List<List<String>> raw = records(file, r -> value.equals(r.get(names.indexOf(column))));
		assertEquals(names, raw.get(0), "the header of " + file.getFileName());
		List<List<String>> rows = new ArrayList<>(raw.subList(1, raw.size()));
		rows.sort(Comparator.comparing(r -> Long.valueOf(r.get(0))));
		List<List<Object>> stored = Rows.of(workspace, dataset, "SELECT " + String.join(", ", names) + " FROM " + table
				+ " WHERE " + column + " = " + value + " ORDER BY " + names.get(0));
		assertEquals(rows.size(), stored.size(), table + " rows of " + column + " " + value);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				assertEquals(expected(columns.get(c), rows.get(r).get(c)), stored.get(r).get(c),
						table + " " + names.get(0) + " " + rows.get(r).get(0) + ", column " + names.get(c));
			}
		}
		return rows.size();
	}

	/** The value of a field as the store gives it back. */
	static Object expected(Column column, String text) {
		if (text == null) {
			return null;
		}
		return switch (column.getType()) {
		case BIGINT -> Long.valueOf(text);
		case INTEGER -> Integer.valueOf(text);
		case DOUBLE -> Double.valueOf(text);
		case DATE -> LocalDate.parse(text.substring(0, 10));
		case TIMESTAMP -> text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text.replace(' ', 'T'));
		case VARCHAR, CLOB -> text;
		default -> throw new AssertionError("no " + column.getType() + " column expected");
		};
	}
}
