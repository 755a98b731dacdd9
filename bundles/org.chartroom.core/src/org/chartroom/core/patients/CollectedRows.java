package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;

/** Keeps the rows of a small result: one patient's records, one page of patients. */
final class CollectedRows implements RowHandler {

	private final List<Object[]> rows = new ArrayList<>();

	@Override
	public void columns(List<ResultColumn> columns) {
		// read by position
	}

	@Override
	public void row(Object[] values) {
		rows.add(values);
	}

	List<Object[]> rows() {
		return rows;
	}
}
