package org.chartroom.sql.result;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.QuerySummary;

/**
 * Rows fetched from a {@link ResultCursor}.
 *
 * @param rows    the rows, in result order
 * @param summary present when the result has ended: no more rows will come
 */
public record ResultPage(List<Object[]> rows, Optional<QuerySummary> summary) {

	public boolean isLast() {
		return summary.isPresent();
	}
}
