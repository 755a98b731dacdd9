package org.chartroom.population.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Quantiles of values that arrive in ascending order with their count known beforehand, in constant
 * memory: only the values at the ranks the quantiles need are kept. The method is Hyndman and Fan's
 * type 7, the default of R's {@code quantile} and of numpy's {@code percentile}: for {@code n} sorted
 * values {@code x[0..n-1]} and a probability {@code p}, {@code h = (n - 1) p} and the quantile is
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])}.
 */
public final class Quantiles {

	private final long count;
	private final double[] probabilities;
	private final Map<Long, Double> kept = new HashMap<>();
	private long seen;
	private double previous = Double.NEGATIVE_INFINITY;

	/** @param count how many values {@link #accept} will receive */
	public Quantiles(long count, double... probabilities) {
		if (count < 0) {
			throw new IllegalArgumentException("count " + count);
		}
		for (double p : probabilities) {
			if (!(p >= 0 && p <= 1)) {
				throw new IllegalArgumentException("probability " + p + " is not within [0, 1]");
			}
			kept.put(lower(count, p), null);
			kept.put(Math.min(lower(count, p) + 1, Math.max(count - 1, 0)), null);
		}
		this.count = count;
		this.probabilities = probabilities.clone();
	}

	/** The quantiles of a list, sorted here: for tests and small lists. */
	public static double[] of(double[] values, double... probabilities) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		Quantiles quantiles = new Quantiles(sorted.length, probabilities);
		for (double value : sorted) {
			quantiles.accept(value);
		}
		return quantiles.values();
	}

	/** The next value, not below the one before. */
	public void accept(double value) {
		if (seen >= count) {
			throw new IllegalStateException("more than the " + count + " values announced");
		}
		if (value < previous) {
			throw new IllegalStateException("values out of order: " + value + " after " + previous);
		}
		previous = value;
		if (kept.containsKey(seen)) {
			kept.put(seen, value);
		}
		seen++;
	}

	/** The quantiles in the order of the probabilities; NaN each when there were no values. */
	public double[] values() {
		if (seen != count) {
			throw new IllegalStateException(seen + " values received, " + count + " announced");
		}
		double[] result = new double[probabilities.length];
		for (int i = 0; i < probabilities.length; i++) {
			if (count == 0) {
				result[i] = Double.NaN;
				continue;
			}
			double h = (count - 1) * probabilities[i];
			long low = lower(count, probabilities[i]);
			double below = kept.get(low);
			double above = kept.get(Math.min(low + 1, count - 1));
			result[i] = below + (h - low) * (above - below);
		}
		return result;
	}

	private static long lower(long count, double p) {
		return count == 0 ? 0 : (long) Math.floor((count - 1) * p);
	}
}
