package org.chartroom.population.tests;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;

/** Rows of hand-written SQL, read whole. */
final class Counts {

	private Counts() {
	}

	static List<Object[]> rows(String dataset, String sql) throws Exception {
		List<Object[]> rows = new ArrayList<>();
		Workspace workspace = DemoWorkspace.get();
		workspace.query(dataset, sql, 0, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) {
				// read by position
			}

			@Override
			public void row(Object[] values) {
				rows.add(values);
			}
		}, null);
		return rows;
	}

	/** {@code [entries, patients]} of a hand-written {@code SELECT COUNT(*), COUNT(DISTINCT …)}. */
	static List<Long> pair(String dataset, String sql) throws Exception {
		Object[] row = rows(dataset, sql).get(0);
		return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}
}
