package org.chartroom.report.tests;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;

/** Figures computed with plain SQL against a demo dataset, to check the reports' figures against. */
final class DirectSql {

	private DirectSql() {
	}

	static List<Object[]> rows(String sql) throws Exception {
		return rows(DemoWorkspace.DATASET, sql);
	}

	static List<Object[]> rows(String dataset, String sql) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		DemoWorkspace.get().query(dataset, sql, 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// by position
			}

			@Override
			public void row(Object[] values) {
				rows.add(values);
			}
		}, null);
		return rows;
	}

	static long count(String sql) throws Exception {
		return count(DemoWorkspace.DATASET, sql);
	}

	static long count(String dataset, String sql) throws Exception {
		return ((Number) rows(dataset, sql).get(0)[0]).longValue();
	}
}
