package org.chartroom.population.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import org.chartroom.population.Distribution.Bin;

/**
 * The bins of a histogram, filled one value at a time: equal widths over a known range, or fixed
 * edges with an open last bin (ages in decades with "{@code >89}").
 */
public final class Binning {

	private final double[] edges;
	private final List<String> labels;
	private final long[] counts;
	private final boolean openLast;

	private Binning(double[] edges, List<String> labels, boolean openLast) {
		this.edges = edges;
		this.labels = labels;
		this.openLast = openLast;
		this.counts = new long[labels.size()];
	}

	/** {@code bins} equal bins from {@code min} to {@code max} (one bin when they are equal). */
	public static Binning equalWidth(double min, double max, int bins, DoubleFunction<String> format) {
		int k = max > min ? bins : 1;
		double[] edges = new double[k + 1];
		for (int i = 0; i <= k; i++) {
			edges[i] = i == k ? max : min + (max - min) * i / k;
		}
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			labels.add(format.apply(edges[i]) + "–" + format.apply(edges[i + 1]));
		}
		return new Binning(edges, labels, false);
	}

	/**
	 * Bins of {@code width} from {@code from} up to {@code upTo} (exclusive), then one open bin for
	 * anything above, labelled {@code aboveLabel}: {@code 0–9, 10–19, …, 80–89, >89}.
	 */
	public static Binning fixed(int from, int width, int upTo, String aboveLabel) {
		int k = (upTo - from) / width;
		double[] edges = new double[k + 2];
		List<String> labels = new ArrayList<>();
		for (int i = 0; i <= k; i++) {
			edges[i] = from + (double) i * width;
			if (i < k) {
				labels.add((from + i * width) + "–" + (from + (i + 1) * width - 1));
			}
		}
		edges[k + 1] = Double.POSITIVE_INFINITY;
		labels.add(aboveLabel);
		return new Binning(edges, labels, true);
	}

	public void accept(double value) {
		int last = counts.length - 1;
		for (int i = 0; i < last; i++) {
			if (value < edges[i + 1]) {
				counts[Math.max(i, 0)]++;
				return;
			}
		}
		if (openLast || value <= edges[edges.length - 1]) {
			counts[last]++;
		}
	}

	public List<Bin> bins() {
		List<Bin> bins = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			bins.add(new Bin(labels.get(i), edges[i], edges[i + 1], counts[i]));
		}
		return bins;
	}
}
