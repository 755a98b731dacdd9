package org.chartroom.core.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * Streams one CSV file into one table: checks the header against the table's columns, converts
 * each value, inserts in batches and commits every {@value #COMMIT_ROWS} rows. Memory stays flat
 * whatever the file's size; progress is reported and cancel honoured between batches.
 */
final class TableLoader {

	static final int BATCH_ROWS = 5_000;
	static final int COMMIT_ROWS = 100_000;

	private final Connection connection;
	private final TableDdl ddl;

	TableLoader(Connection connection, TableDdl ddl) {
		this.connection = connection;
		this.ddl = ddl;
	}

	/** Loads {@code file} into {@code table} (which exists and is empty); returns the rows loaded. */
	long load(Table table, SourceFile file, LoadProgress progress) throws ImportException, SQLException {
		String fileName = file.location();
		List<Column> columns = table.getColumns();
		ColumnBinder[] binders = columns.stream().map(ColumnBinder::new).toArray(ColumnBinder[]::new);
		CountingInputStream bytes;
		try {
			bytes = new CountingInputStream(file.openStream());
		} catch (IOException e) {
			throw ImportException.inFile(fileName, CsvInput.describe(e));
		}
		try (Reader reader = CsvInput.open(file, bytes);
				CSVParser parser = CsvInput.FORMAT.parse(reader);
				PreparedStatement insert = connection.prepareStatement(ddl.insert(table))) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord header = next(records, parser, fileName);
			if (header == null) {
				throw ImportException.inFile(fileName, "the file is empty; expected a header line with the columns of " + table.getName());
			}
			checkHeader(header, columns, fileName);
			long rows = 0;
			long batchLine = 0;
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				CSVRecord record = next(records, parser, fileName);
				if (record == null) {
					break;
				}
				if (record.size() != columns.size()) {
					throw ImportException.atLine(fileName, line, "the record has " + record.size() + " fields, expected "
							+ columns.size() + " (the columns of " + table.getName() + ")", null);
				}
				for (int i = 0; i < binders.length; i++) {
					String value = record.get(i);
					try {
						binders[i].bind(insert, i + 1, value);
					} catch (ColumnBinder.BadValue bad) {
						throw ImportException.atValue(fileName, line, binders[i].columnName(), value, bad.getMessage());
					}
				}
				insert.addBatch();
				if (batchLine == 0) {
					batchLine = line;
				}
				rows++;
				if (rows % BATCH_ROWS == 0) {
					execute(insert, fileName, batchLine, line);
					batchLine = 0;
					if (rows % COMMIT_ROWS == 0) {
						connection.commit();
					}
					progress.update(rows, bytes.count());
				}
			}
			if (batchLine != 0) {
				execute(insert, fileName, batchLine, parser.getCurrentLineNumber());
			}
			connection.commit();
			return rows;
		} catch (IOException e) {
			throw ImportException.inFile(fileName, CsvInput.describe(e));
		} finally {
			closeQuietly(bytes);
		}
	}

	/** The reader closes the stream too; this covers a failure before the reader exists. */
	private static void closeQuietly(CountingInputStream bytes) {
		try {
			bytes.close();
		} catch (IOException e) {
			// nothing was lost: the load failed already or is complete
		}
	}

	/** The next record, or null at the end; a file that cannot be read or parsed fails with its name and line. */
	private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser, String fileName) throws ImportException {
		long line = parser.getCurrentLineNumber() + 1;
		try {
			return records.hasNext() ? records.next() : null;
		} catch (UncheckedIOException e) {
			IOException cause = e.getCause();
			if (CsvInput.isDecodingProblem(cause)) { // read ahead in blocks: the line is where parsing had got to
				throw ImportException.inFile(fileName, CsvInput.describe(cause) + " (found reading on from line " + line + ")");
			}
			throw ImportException.atLine(fileName, line, CsvInput.describe(cause), cause);
		} catch (IllegalStateException e) {
			throw ImportException.atLine(fileName, line, "cannot parse the CSV: " + e.getMessage(), e);
		}
	}

	private static void checkHeader(CSVRecord header, List<Column> columns, String fileName) throws ImportException {
		int n = Math.max(header.size(), columns.size());
		for (int i = 0; i < n; i++) {
			String found = i < header.size() ? header.get(i) : null;
			String expected = i < columns.size() ? columns.get(i).getName() : null;
			if (found != null && found.equalsIgnoreCase(expected)) {
				continue;
			}
			if (found == null && expected != null && i >= header.size()) {
				throw ImportException.atLine(fileName, 1, "column " + expected + " is missing from the header", null);
			}
			if (expected == null) {
				throw ImportException.atLine(fileName, 1, "unknown column '" + found + "' in the header (the table has "
						+ columns.size() + " columns)", null);
			}
			boolean known = found != null && columns.stream().anyMatch(c -> c.getName().equalsIgnoreCase(found));
			boolean present = header.stream().anyMatch(h -> h != null && h.toUpperCase(Locale.ROOT).equalsIgnoreCase(expected));
			String problem = !present ? "column " + expected + " is missing from the header (found '" + found + "' at position " + (i + 1) + ")"
					: known ? "column '" + found + "' is out of order in the header: expected " + expected + " at position " + (i + 1)
					: "unknown column '" + found + "' in the header (expected " + expected + " at position " + (i + 1) + ")";
			throw ImportException.atLine(fileName, 1, problem, null);
		}
	}

	private static void execute(PreparedStatement insert, String fileName, long firstLine, long lastLine)
			throws ImportException {
		try {
			insert.executeBatch();
		} catch (SQLException e) {
			throw ImportException.atLine(fileName, firstLine,
					"the database refused a record of lines " + firstLine + " to " + lastLine + ": " + e.getMessage(), e);
		}
	}
}
