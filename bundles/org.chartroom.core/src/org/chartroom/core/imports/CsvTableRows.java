package org.chartroom.core.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chartroom.core.store.TableRows;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * One CSV file as the typed rows of its table, read as the store pulls them: the header is checked
 * against the table's columns on opening, then each record is parsed and each value converted.
 * Memory stays flat whatever the file's size; progress is reported and cancel honoured every
 * {@value #PROGRESS_ROWS} rows. Bad data fails with an {@link ImportException} naming the file, the
 * physical line where the record starts, the column and the value.
 */
final class CsvTableRows implements TableRows, AutoCloseable {

	static final int PROGRESS_ROWS = 5_000;

	private final Table table;
	private final String fileName;
	private final ColumnParser[] parsers;
	private final Object[] values;
	private final CountingInputStream bytes;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final LoadProgress progress;
	private long rows;

	private CsvTableRows(Table table, String fileName, CountingInputStream bytes, CSVParser parser, LoadProgress progress) {
		this.table = table;
		this.fileName = fileName;
		this.parsers = table.getColumns().stream().map(ColumnParser::new).toArray(ColumnParser[]::new);
		this.values = new Object[parsers.length];
		this.bytes = bytes;
		this.parser = parser;
		this.records = parser.iterator();
		this.progress = progress;
	}

	/** Opens {@code file} and checks its header against the columns of {@code table}. */
	static CsvTableRows open(Table table, SourceFile file, LoadProgress progress) throws ImportException {
		String fileName = file.location();
		CountingInputStream bytes;
		try {
			bytes = new CountingInputStream(file.openStream());
		} catch (IOException e) {
			throw ImportException.inFile(fileName, CsvInput.describe(e));
		}
		CsvTableRows rows = null;
		try {
			Reader reader = CsvInput.open(file, bytes);
			rows = new CsvTableRows(table, fileName, bytes, CsvInput.FORMAT.parse(reader), progress);
			CSVRecord header = rows.nextRecord();
			if (header == null) {
				throw ImportException.inFile(fileName,
						"the file is empty; expected a header line with the columns of " + table.getName());
			}
			checkHeader(header, table.getColumns(), fileName);
			return rows;
		} catch (IOException e) {
			closeQuietly(bytes);
			throw ImportException.inFile(fileName, CsvInput.describe(e));
		} catch (ImportException | RuntimeException e) {
			if (rows != null) {
				rows.close();
			}
			closeQuietly(bytes);
			throw e;
		}
	}

	@Override
	public boolean next() throws ImportException {
		long line = parser.getCurrentLineNumber() + 1;
		CSVRecord record = nextRecord();
		if (record == null) {
			progress.update(rows, bytes.count());
			return false;
		}
		if (record.size() != parsers.length) {
			throw ImportException.atLine(fileName, line, "the record has " + record.size() + " fields, expected "
					+ parsers.length + " (the columns of " + table.getName() + ")", null);
		}
		for (int i = 0; i < parsers.length; i++) {
			String text = record.get(i);
			try {
				values[i] = parsers[i].parse(text);
			} catch (ColumnParser.BadValue bad) {
				throw ImportException.atValue(fileName, line, parsers[i].columnName(), text, bad.getMessage());
			}
		}
		rows++;
		if (rows % PROGRESS_ROWS == 0) {
			progress.update(rows, bytes.count());
		}
		return true;
	}

	@Override
	public Object value(int column) {
		return values[column];
	}

	@Override
	public void close() {
		try {
			parser.close(); // closes the reader and the file under it
		} catch (IOException e) {
			// nothing is lost: the rows were read, or the load failed already
		}
		closeQuietly(bytes);
	}

	private static void closeQuietly(CountingInputStream bytes) {
		try {
			bytes.close();
		} catch (IOException e) {
			// as above
		}
	}

	/** The next record, or null at the end; a file that cannot be read or parsed fails with its name and line. */
	private CSVRecord nextRecord() throws ImportException {
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
}
