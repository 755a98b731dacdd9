package org.chartroom.synthetic.mimic3;

/** Short ways to write values as the files want them; null stays null (an empty field). */
final class Text {

	private Text() {
	}

	static String of(int value) {
		return Integer.toString(value);
	}

	static String of(long value) {
		return Long.toString(value);
	}

	static String time(long time) {
		return Timestamps.format(time);
	}

	/** A date-only column: midnight of the day. */
	static String date(long time) {
		return Timestamps.format(Timestamps.midnight(time));
	}

	static String number(double value, int decimals) {
		return Decimals.format(value, decimals);
	}
}
