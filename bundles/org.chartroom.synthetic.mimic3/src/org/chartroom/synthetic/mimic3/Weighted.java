package org.chartroom.synthetic.mimic3;

import java.util.ArrayList;
import java.util.List;

/** A list of values with weights, to draw from. */
final class Weighted<T> {

	private final List<T> values = new ArrayList<>();
	private final List<Double> cumulative = new ArrayList<>();
	private double total;

	Weighted<T> add(T value, double weight) {
		if (weight <= 0) {
			throw new IllegalArgumentException("weight must be positive: " + value + " " + weight);
		}
		total += weight;
		values.add(value);
		cumulative.add(total);
		return this;
	}

	boolean isEmpty() {
		return values.isEmpty();
	}

	List<T> values() {
		return List.copyOf(values);
	}

	/** The value at {@code fraction} (in {@code [0, 1)}) of the total weight. */
	T draw(double fraction) {
		double target = fraction * total;
		int low = 0;
		int high = cumulative.size() - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative.get(middle) > target) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		return values.get(low);
	}

	/** Parses {@code a*3|b|c*0.5}: values with optional weights (default 1) after a star, separated by bars. */
	static Weighted<String> parse(String text) {
		Weighted<String> weighted = new Weighted<>();
		for (String part : text.split("\\|", -1)) {
			int star = part.lastIndexOf('*');
			if (star >= 0 && isNumber(part.substring(star + 1))) {
				weighted.add(part.substring(0, star), Double.parseDouble(part.substring(star + 1)));
			} else {
				weighted.add(part, 1);
			}
		}
		return weighted;
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.');
	}
}
