package org.chartroom.cli.output;

import java.io.IOException;
import java.util.Optional;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.RowHandler;

/** Writes a streamed query result in one format. */
public interface ResultWriter extends RowHandler {

	/** The most rows this format shows; 0 for every row. */
	default int rowLimit() {
		return 0;
	}

	/** A line for stderr once the result is written, for formats read by people. */
	default Optional<String> footer(QuerySummary summary) {
		return Optional.empty();
	}

	/** Called once after the last row. */
	void finish(QuerySummary summary) throws IOException;
}
