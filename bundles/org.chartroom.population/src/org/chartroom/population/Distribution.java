package org.chartroom.population;

import java.util.List;

/**
 * A chart of one characteristic: a histogram of numbers (bins with bounds) or bars of categories.
 *
 * @param title what is counted ({@code Age at entry, years})
 * @param kind  histogram or bars
 * @param bins  in order; for bars the bounds are NaN
 */
public record Distribution(String title, Kind kind, List<Bin> bins) {

	public enum Kind {
		HISTOGRAM, BARS
	}

	/** A bin {@code [lower, upper)} (the last one includes its upper bound) or a category, with its count. */
	public record Bin(String label, double lower, double upper, long count) {
	}

	public Distribution {
		bins = List.copyOf(bins);
	}

	public long total() {
		return bins.stream().mapToLong(Bin::count).sum();
	}
}
