package org.chartroom.sql.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.sql.result.ValueText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a streamed result as an XLSX workbook with fastexcel: rows are written into the zip as
 * they come, flushed every few hundred rows, so only those few are in memory. One header row,
 * then a row per result row: numbers as numbers, timestamps and dates as Excel dates with a date
 * format, NULL as an empty cell, everything else as text (inline strings, so no table of all
 * strings grows in memory). A result longer than a sheet holds goes on in the next sheet, which
 * repeats the header.
 *
 * <p>Values Excel cannot hold exactly are written as the text the CSV export writes: integers
 * beyond 2<sup>53</sup> (OMOP's hashed ids), decimals of more than 15 significant digits, and
 * dates before 1900 (MIMIC-III's shifted birth dates of the very old). Text longer than a cell
 * holds (32,767 characters) is cut, and {@link #truncatedCells()} counts it.
 */
public final class XlsxExport implements RowHandler, AutoCloseable {

	/** Rows a sheet holds besides its header: Excel's 1,048,576 less one. */
	public static final int MAX_ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;

	private static final int MAX_TEXT = 32_767;
	private static final long MAX_EXACT_INTEGER = 1L << 53;
	private static final int MAX_EXACT_DIGITS = 15;
	private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 1, 1);
	private static final int FLUSH_EVERY = 200;

	private final int rowsPerSheet;
	private final Workbook workbook;
	private List<ResultColumn> columns = List.of();
	private Worksheet sheet;
	private int sheets;
	private int rowInSheet;
	private long rows;
	private long truncated;

	/** An export to the stream with sheets as long as Excel allows. */
	public XlsxExport(OutputStream out) {
		this(out, MAX_ROWS_PER_SHEET);
	}

	/** An export whose sheets hold at most that many rows besides the header. */
	public XlsxExport(OutputStream out, int rowsPerSheet) {
		if (rowsPerSheet < 1 || rowsPerSheet > MAX_ROWS_PER_SHEET) {
			throw new IllegalArgumentException("rows per sheet must be 1 to " + MAX_ROWS_PER_SHEET + ": " + rowsPerSheet);
		}
		this.rowsPerSheet = rowsPerSheet;
		this.workbook = new Workbook(out, "Chartroom", "0.1");
	}

	@Override
	public void columns(List<ResultColumn> resultColumns) throws IOException {
		columns = List.copyOf(resultColumns);
		startSheet();
	}

	@Override
	public void row(Object[] values) throws IOException {
		if (sheet == null) {
			throw new IllegalStateException("columns() comes before the first row");
		}
		if (rowInSheet > rowsPerSheet) {
			startSheet();
		}
		int row = rowInSheet++;
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				write(row, i, values[i]);
			}
		}
		rows++;
		if (rowInSheet % FLUSH_EVERY == 0) {
			sheet.flush();
		}
	}

	private void startSheet() throws IOException {
		if (sheet != null) {
			sheet.finish();
		}
		sheets++;
		sheet = workbook.newWorksheet(sheets == 1 ? "Result" : "Result (" + sheets + ")");
		for (int i = 0; i < columns.size(); i++) {
			sheet.inlineString(0, i, columns.get(i).name());
			sheet.style(0, i).bold().set();
			sheet.width(i, width(columns.get(i)));
		}
		sheet.freezePane(0, 1);
		rowInSheet = 1;
	}

	/** Characters wide: the header's, and a timestamp's for timestamps. */
	private static int width(ResultColumn column) {
		int type = switch (column.type()) {
		case TIMESTAMP, TIMESTAMP_WITH_TIMEZONE -> 20;
		case DATE -> 12;
		default -> 10;
		};
		return Math.min(60, Math.max(type, column.name().length() + 2));
	}

	private void write(int row, int column, Object value) {
		switch (value) {
		case Integer n -> sheet.value(row, column, n);
		case Short n -> sheet.value(row, column, n);
		case Long n when Math.abs(n) <= MAX_EXACT_INTEGER -> sheet.value(row, column, n);
		case Double n when Double.isFinite(n) -> sheet.value(row, column, n);
		case Float n when Float.isFinite(n) -> sheet.value(row, column, Double.parseDouble(Float.toString(n)));
		case BigDecimal n when n.stripTrailingZeros().precision() <= MAX_EXACT_DIGITS -> sheet.value(row, column, n);
		case Boolean b -> sheet.value(row, column, b);
		case LocalDateTime t when !t.toLocalDate().isBefore(FIRST_EXCEL_DATE) -> {
			sheet.value(row, column, t);
			sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
		}
		case LocalDate d when !d.isBefore(FIRST_EXCEL_DATE) -> {
			sheet.value(row, column, d);
			sheet.style(row, column).format("yyyy-mm-dd").set();
		}
		case LocalTime t -> {
			sheet.value(row, column, t.toSecondOfDay() / 86_400.0 + t.getNano() / 86_400e9);
			sheet.style(row, column).format("hh:mm:ss").set();
		}
		case String s -> sheet.inlineString(row, column, text(s));
		default -> sheet.inlineString(row, column, text(ValueText.of(value)));
		}
	}

	private String text(String value) {
		if (value.length() <= MAX_TEXT) {
			return value;
		}
		truncated++;
		return value.substring(0, MAX_TEXT);
	}

	/** Ends the last sheet and the workbook: the stream then holds the whole file. */
	public void finish() throws IOException {
		if (sheet == null) {
			columns(List.of());
		}
		sheet.finish();
		workbook.finish();
	}

	/** Rows written so far, the headers not counted. */
	public long rows() {
		return rows;
	}

	/** Sheets begun so far. */
	public int sheets() {
		return sheets;
	}

	/** Text cells cut to the 32,767 characters a cell holds. */
	public long truncatedCells() {
		return truncated;
	}

	/** Nothing to clean up: fastexcel keeps no temporary files; the stream stays open. */
	@Override
	public void close() {
	}
}
