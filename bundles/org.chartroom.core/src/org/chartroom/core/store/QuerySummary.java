package org.chartroom.core.store;

import java.time.Duration;

/**
 * What a finished query did.
 *
 * @param rowCount  rows handed to the {@link RowHandler}
 * @param truncated true when the row limit stopped the result before its end
 * @param elapsed   time from submitting the statement to the last row
 */
public record QuerySummary(long rowCount, boolean truncated, Duration elapsed) {
}
