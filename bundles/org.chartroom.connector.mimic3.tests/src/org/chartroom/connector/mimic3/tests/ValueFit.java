package org.chartroom.connector.mimic3.tests;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chartroom.model.warehouse.Column;

/** Whether one value from a CSV file fits a column of the model: its type, its length, its nullability. */
final class ValueFit {

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
	private static final Pattern NUMBER = Pattern.compile("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
	private static final Pattern TIMESTAMP_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}");
	private static final String TIMESTAMP = "uuuu-MM-dd HH:mm:ss";
	private static final String DATE = "uuuu-MM-dd";
	private static final String TIME = "HH:mm:ss";
	private static final Map<String, DateTimeFormatter> FORMATS = Map.of(TIMESTAMP, strict(TIMESTAMP), DATE, strict(DATE),
			TIME, strict(TIME));

	private ValueFit() {
	}

	/** Why the value does not fit the column, or empty when it fits. An empty string is a NULL. */
	static Optional<String> problem(Column column, String value) {
		if (value.isEmpty()) {
			return column.isNullable() ? Optional.empty() : Optional.of("empty value in a NOT NULL column");
		}
		return switch (column.getType()) {
		case SMALLINT -> integer(value, Short.MIN_VALUE, Short.MAX_VALUE);
		case INTEGER -> integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
		case BIGINT -> integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
		case DECIMAL -> decimal(value, column.getPrecision(), column.getScale());
		case REAL, DOUBLE -> NUMBER.matcher(value).matches() ? Optional.empty() : Optional.of("not a number");
		case CHAR, VARCHAR -> value.length() <= column.getLength() ? Optional.empty()
				: Optional.of("length " + value.length() + " > " + column.getLength());
		case CLOB -> Optional.empty();
		case TIMESTAMP -> TIMESTAMP_SHAPE.matcher(value).matches() ? parses(TIMESTAMP, value)
				: Optional.of("not " + TIMESTAMP);
		case DATE -> parses(DATE, value);
		case TIME -> parses(TIME, value);
		case BOOLEAN -> value.equals("0") || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
				? Optional.empty() : Optional.of("not a boolean");
		};
	}

	private static Optional<String> integer(String value, long min, long max) {
		if (!INTEGER.matcher(value).matches()) {
			return Optional.of("not an integer");
		}
		if (value.length() > 1 && value.charAt(value.charAt(0) == '-' ? 1 : 0) == '0') {
			return Optional.of("leading zero, which a number column loses: a code kept as text?");
		}
		try {
			long number = Long.parseLong(value);
			return number >= min && number <= max ? Optional.empty() : Optional.of("out of range " + min + ".." + max);
		} catch (NumberFormatException e) {
			return Optional.of("out of the 64-bit range");
		}
	}

	private static Optional<String> decimal(String value, int precision, int scale) {
		if (!NUMBER.matcher(value).matches()) {
			return Optional.of("not a number");
		}
		BigDecimal number = new BigDecimal(value).stripTrailingZeros();
		int fraction = Math.max(number.scale(), 0);
		int whole = number.precision() - number.scale();
		if (precision > 0 && (fraction > scale || whole > precision - scale)) {
			return Optional.of("does not fit DECIMAL(" + precision + "," + scale + ")");
		}
		return Optional.empty();
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	private static Optional<String> parses(String pattern, String value) {
		try {
			FORMATS.get(pattern).parse(value);
			return Optional.empty();
		} catch (DateTimeParseException e) {
			return Optional.of("not a valid " + pattern);
		}
	}
}
