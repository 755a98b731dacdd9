package org.chartroom.sql.result;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;

/**
 * Writes a streamed result as RFC 4180 CSV, row by row as it arrives, the way the command
 * line's {@code --format csv} does: one header line, CRLF line ends, NULL as an empty unquoted
 * field and an empty string as {@code ""}.
 */
public final class CsvExport implements RowHandler {

	private final Writer out;
	private long rows;

	public CsvExport(Writer out) {
		this.out = out;
	}

	@Override
	public void columns(List<ResultColumn> columns) throws IOException {
		write(columns.stream().map(ResultColumn::name).toArray());
	}

	@Override
	public void row(Object[] values) throws IOException {
		write(values);
		rows++;
	}

	/** Rows written so far, the header not counted. */
	public long rows() {
		return rows;
	}

	private void write(Object[] values) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			if (values[i] != null) {
				line.append(field(ValueText.of(values[i])));
			}
		}
		out.write(line.append("\r\n").toString());
	}

	static String field(String text) {
		boolean quote = text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
