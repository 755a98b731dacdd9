package org.chartroom.connector.omop.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;

/** Runs a query and keeps its rows, for assertions. */
final class Rows implements RowHandler {

	final List<List<Object>> rows = new ArrayList<>();

	static List<List<Object>> of(Workspace workspace, String dataset, String sql) throws Exception {
		Rows rows = new Rows();
		workspace.query(dataset, sql, 0, rows, null);
		return rows.rows;
	}

	static Object single(Workspace workspace, String dataset, String sql) throws Exception {
		List<List<Object>> rows = of(workspace, dataset, sql);
		if (rows.size() != 1 || rows.get(0).size() != 1) {
			throw new AssertionError("expected one value from " + sql + ", got " + rows);
		}
		return rows.get(0).get(0);
	}

	@Override
	public void columns(List<ResultColumn> columns) {
		// only values are asserted
	}

	@Override
	public void row(Object[] values) {
		rows.add(Arrays.asList(values));
	}
}
