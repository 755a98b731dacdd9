package org.chartroom.core.concepts;

import java.util.List;

/**
 * The numbers a concept has in an event table's numeric value column.
 *
 * @param unit   the most frequent unit of those rows; empty when the table has no unit or none is given
 * @param median the middle value (the mean of the two middle values for an even count)
 * @param bins   equal-width bins from min to max; one bin when all values are equal
 */
public record NumericDistribution(String eventTable, String column, String unit, long count, double min, double median,
		double max, List<HistogramBin> bins) implements ValueDistribution {

	public NumericDistribution {
		bins = List.copyOf(bins);
	}

	/**
	 * One bar of the histogram.
	 *
	 * @param from  its lower bound (inclusive)
	 * @param to    its upper bound (exclusive, inclusive for the last bin)
	 * @param count the values in it
	 */
	public record HistogramBin(double from, double to, long count) {
	}
}
