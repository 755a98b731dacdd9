package org.chartroom.population.stats;

import java.util.List;

import org.chartroom.population.Distribution.Bin;

/**
 * The spread of numbers: their count, minimum, quartiles (type 7, see {@link Quantiles}) and maximum,
 * with the histogram filled on the same pass. All NaN when {@code n} is 0.
 */
public record NumericSummary(long n, double min, double q1, double median, double q3, double max, List<Bin> bins) {

	public NumericSummary {
		bins = List.copyOf(bins);
	}
}
