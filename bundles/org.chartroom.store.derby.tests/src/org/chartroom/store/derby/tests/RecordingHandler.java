package org.chartroom.store.derby.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;

/** Keeps what a query streamed, for assertions. */
final class RecordingHandler implements RowHandler {

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

	List<String> columnNames() {
		return columns.stream().map(ResultColumn::name).toList();
	}
}
