package org.chartroom.sql.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;

/**
 * How a value reads as text, as the command line's CSV writes it: timestamps
 * {@code YYYY-MM-DD HH:MM:SS} with fractional seconds only when not zero, decimals exactly as
 * stored, no exponent notation.
 */
public final class ValueText {

	private ValueText() {
	}

	/** The text of a non-null value. */
	public static String of(Object value) {
		return switch (value) {
		case LocalDateTime t -> t.toLocalDate() + " " + time(t.toLocalTime());
		case LocalTime t -> time(t);
		case LocalDate d -> d.toString();
		case BigDecimal d -> d.toPlainString();
		case Double d -> decimal(d);
		case Float f -> decimal(Double.parseDouble(Float.toString(f)));
		case byte[] bytes -> HexFormat.of().formatHex(bytes);
		default -> value.toString();
		};
	}

	private static String time(LocalTime time) {
		String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
		if (time.getNano() == 0) {
			return text;
		}
		return text + "." + String.format("%09d", time.getNano()).replaceFirst("0+$", "");
	}

	private static String decimal(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		String text = Double.toString(value);
		return text.contains("E") ? new BigDecimal(text).stripTrailingZeros().toPlainString() : text;
	}
}
