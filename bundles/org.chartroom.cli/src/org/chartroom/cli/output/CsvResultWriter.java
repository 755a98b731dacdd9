package org.chartroom.cli.output;

import java.io.PrintWriter;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;

/**
 * RFC 4180 CSV as the contract words it: one header line, every row, NULL as an empty unquoted
 * field and an empty string as {@code ""}. Commons CSV cannot tell those two apart in its
 * minimal quoting mode, hence these few lines of our own.
 */
final class CsvResultWriter implements ResultWriter {

	private final PrintWriter out;

	CsvResultWriter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void columns(List<ResultColumn> columns) {
		Object[] names = columns.stream().map(ResultColumn::name).toArray();
		row(names);
	}

	@Override
	public void row(Object[] values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			if (values[i] != null) {
				line.append(field(ValueText.of(values[i])));
			}
		}
		out.print(line.append("\r\n"));
	}

	static String field(String text) {
		boolean quote = text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	@Override
	public void finish(QuerySummary summary) {
		out.flush();
	}
}
