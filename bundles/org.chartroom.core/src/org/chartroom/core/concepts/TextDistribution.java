package org.chartroom.core.concepts;

import java.util.List;

/**
 * The most frequent values a concept has in an event table's text value column.
 *
 * @param top the most frequent values, most frequent first (ties by value)
 */
public record TextDistribution(String eventTable, String column, long count, List<ValueCount> top)
		implements ValueDistribution {

	public TextDistribution {
		top = List.copyOf(top);
	}

	/** A value and how many rows have it. */
	public record ValueCount(String value, long count) {
	}
}
