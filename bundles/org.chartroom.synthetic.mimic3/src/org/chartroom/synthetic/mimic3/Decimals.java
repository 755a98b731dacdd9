package org.chartroom.synthetic.mimic3;

/**
 * Numbers as the files write them: a fixed number of decimals, rounded half away from zero, no
 * grouping, a dot, no exponent, whatever the locale. Integers have no decimal point ({@code 94}).
 */
final class Decimals {

	private static final long[] SCALE = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private Decimals() {
	}

	static String format(double value, int decimals) {
		if (!Double.isFinite(value) || decimals < 0 || decimals >= SCALE.length) {
			throw new IllegalArgumentException("cannot write " + value + " with " + decimals + " decimals");
		}
		long scaled = Math.round(Math.abs(value) * SCALE[decimals]);
		if (scaled == 0) {
			return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
		}
		StringBuilder text = new StringBuilder(20);
		if (value < 0) {
			text.append('-');
		}
		text.append(scaled / SCALE[decimals]);
		if (decimals > 0) {
			String fraction = Long.toString(scaled % SCALE[decimals]);
			text.append('.');
			for (int i = fraction.length(); i < decimals; i++) {
				text.append('0');
			}
			text.append(fraction);
		}
		return text.toString();
	}

	/** The value rounded to {@code decimals} places, as a number. */
	static double round(double value, int decimals) {
		return Math.round(value * SCALE[decimals]) / (double) SCALE[decimals];
	}
}
