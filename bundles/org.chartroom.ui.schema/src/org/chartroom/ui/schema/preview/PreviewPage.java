package org.chartroom.ui.schema.preview;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;

/**
 * One page of a table's rows, as the store hands them over. One row more than a page is asked for,
 * to know whether another page follows; it is not kept.
 */
final class PreviewPage implements RowHandler {

	static final int SIZE = 100;

	private final int first;
	private List<ResultColumn> columns = List.of();
	private final List<Object[]> rows = new ArrayList<>();
	private boolean more;

	PreviewPage(int first) {
		this.first = first;
	}

	/** Rows from {@code first}, in the order of the table's key; Derby pages with OFFSET/FETCH. */
	static String sql(String table, int first) {
		return "SELECT * FROM " + table + " OFFSET " + first + " ROWS FETCH NEXT " + (SIZE + 1) + " ROWS ONLY";
	}

	@Override
	public void columns(List<ResultColumn> resultColumns) {
		columns = List.copyOf(resultColumns);
	}

	@Override
	public void row(Object[] values) {
		if (rows.size() < SIZE) {
			rows.add(values);
		} else {
			more = true;
		}
	}

	int first() {
		return first;
	}

	List<ResultColumn> columns() {
		return columns;
	}

	List<Object[]> rows() {
		return rows;
	}

	boolean hasMore() {
		return more;
	}
}
