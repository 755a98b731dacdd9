package org.chartroom.ui.schema.preview;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * How a value reads in the preview, as the CLI prints it: timestamps {@code YYYY-MM-DD HH:MM:SS}
 * (fractional seconds only when not zero), decimals as stored, NULL as an empty cell.
 */
final class PreviewText {

	private PreviewText() {
	}

	static String of(Object value) {
		return switch (value) {
		case null -> "";
		case LocalDateTime t -> t.toLocalDate() + " " + time(t.toLocalTime());
		case LocalTime t -> time(t);
		case BigDecimal d -> d.toPlainString();
		default -> value.toString();
		};
	}

	private static String time(LocalTime time) {
		String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
		return time.getNano() == 0 ? text : text + "." + String.format("%09d", time.getNano()).replaceFirst("0+$", "");
	}
}
