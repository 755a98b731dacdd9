package org.chartroom.core.patients;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Values of a result row as the patient records need them, whatever SQL type the model gave the column. */
final class RowValues {

	private RowValues() {
	}

	/** A date counts from its midnight. */
	static Optional<LocalDateTime> time(Object value) {
		return switch (value) {
		case null -> Optional.empty();
		case LocalDateTime time -> Optional.of(time);
		case LocalDate date -> Optional.of(date.atStartOfDay());
		default -> Optional.empty();
		};
	}

	static Optional<Double> number(Object value) {
		return value instanceof Number number ? Optional.of(number.doubleValue()) : Optional.empty();
	}

	/** Any value as text: codes may be numbers, a text value may be a timestamp. */
	static Optional<String> text(Object value) {
		return switch (value) {
		case null -> Optional.empty();
		case LocalDateTime time -> Optional.of(time.toString().replace('T', ' '));
		default -> Optional.of(value.toString());
		};
	}

	static long count(Object value) {
		return value instanceof Number number ? number.longValue() : 0;
	}
}
