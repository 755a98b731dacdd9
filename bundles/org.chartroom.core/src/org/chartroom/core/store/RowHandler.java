package org.chartroom.core.store;

import java.io.IOException;
import java.util.List;

/**
 * Receives a query result as it streams from the store, so that no caller has to hold a
 * whole result in memory.
 *
 * <p>Values arrive as Java objects: {@code null} for SQL NULL, {@link String}, {@link Integer},
 * {@link Long}, {@link java.math.BigDecimal}, {@link Double}, {@link Float}, {@link Boolean},
 * {@link java.time.LocalDate}, {@link java.time.LocalTime} or {@link java.time.LocalDateTime}.
 */
public interface RowHandler {

	/** Called once, before any row. */
	void columns(List<ResultColumn> columns) throws IOException;

	/** Called for each row; the array is not reused. */
	void row(Object[] values) throws IOException;
}
