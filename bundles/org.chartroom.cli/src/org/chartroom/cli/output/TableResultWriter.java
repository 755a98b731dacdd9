package org.chartroom.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;

/**
 * The first rows of a result as a table for people. Says on stderr how many rows there were
 * and when more were left out.
 */
final class TableResultWriter implements ResultWriter {

	static final int ROWS_SHOWN = 100;

	private final PrintWriter out;
	private TextTable table;

	TableResultWriter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public int rowLimit() {
		return ROWS_SHOWN;
	}

	@Override
	public void columns(List<ResultColumn> columns) {
		boolean[] numeric = new boolean[columns.size()];
		for (int i = 0; i < numeric.length; i++) {
			numeric[i] = columns.get(i).isNumeric();
		}
		table = new TextTable(columns.stream().map(ResultColumn::name).toList(), numeric);
	}

	@Override
	public void row(Object[] values) {
		String[] cells = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = values[i] == null ? "NULL" : ValueText.of(values[i]).replace("\n", "\\n").replace("\r", "\\r");
		}
		table.add(cells);
	}

	@Override
	public void finish(QuerySummary summary) {
		table.print(out);
		out.flush();
	}

	@Override
	public Optional<String> footer(QuerySummary summary) {
		if (summary.truncated()) {
			return Optional.of("Showing the first " + summary.rowCount() + " rows; there are more. Use --format csv or json for every row.");
		}
		return Optional.of(summary.rowCount() == 1 ? "1 row" : summary.rowCount() + " rows");
	}
}
