package org.chartroom.sql.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;

/** Keeps what a query streamed, for assertions. */
final class Rows implements RowHandler {

	final List<ResultColumn> columns = new ArrayList<>();
	final List<List<Object>> rows = new ArrayList<>();

	@Override
	public void columns(List<ResultColumn> resultColumns) {
		columns.addAll(resultColumns);
	}

	@Override
	public void row(Object[] values) {
		rows.add(Arrays.asList(values));
	}

	/** The rows of a query on the demo dataset. */
	static List<List<Object>> of(Workspace workspace, String sql) throws Exception {
		Rows rows = new Rows();
		workspace.query(DemoWorkspace.DATASET, sql, 0, rows, null);
		return rows.rows;
	}
}
