package org.chartroom.population.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a Table 1 prints them: at most two decimals, no trailing zeros; percentages with one. */
public final class Figures {

	private Figures() {
	}

	/** {@code 86.5}, {@code 70}, {@code 2.13}; {@code –} for NaN. */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** {@code 55 (55.0%)}; {@code 0 (–)} over nothing. */
	public static String countAndPercent(long count, long of) {
		if (of == 0) {
			return count + " (–)";
		}
		return count + " (" + BigDecimal.valueOf(count * 100.0 / of).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%)";
	}

	/** {@code 76 (62–84)}: a median and its interquartile range. */
	public static String medianAndIqr(NumericSummary summary, java.util.function.DoubleFunction<String> format) {
		if (summary.n() == 0) {
			return "–";
		}
		return format.apply(summary.median()) + " (" + format.apply(summary.q1()) + "–" + format.apply(summary.q3()) + ")";
	}

	/** {@code 17–>89}: the range. */
	public static String range(NumericSummary summary, java.util.function.DoubleFunction<String> format) {
		if (summary.n() == 0) {
			return "–";
		}
		return format.apply(summary.min()) + "–" + format.apply(summary.max());
	}
}
