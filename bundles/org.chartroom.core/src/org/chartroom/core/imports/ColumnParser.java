package org.chartroom.core.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartroom.model.warehouse.Column;

/**
 * Converts one column's text from a CSV file to the Java value of its SQL type, as
 * {@link org.chartroom.core.store.TableRows#value} hands it to the store. An empty unquoted field is
 * NULL; text is kept exactly as written (blanks included). Timestamps are wall-clock times
 * ({@link LocalDateTime}): no time zone of this machine can move them.
 */
final class ColumnParser {

	/** A value that does not fit its column; the message completes "'value' ...". */
	static final class BadValue extends Exception {

		private static final long serialVersionUID = 1L;

		BadValue(String problem) {
			super(problem, null, false, false);
		}
	}

	private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
	private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
	/**
	 * A date, optionally with a time after a blank or {@code T} ({@code YYYY-MM-DD HH:MM:SS},
	 * {@code YYYY-MM-DDTHH:MM:SS.fffZ}, {@code ...+02:00}): group 1 the date, 2 the time, 3 the zone.
	 */
	private static final Pattern DATE_TIME = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})"
			+ "(?:[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?)(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?");
	private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}");
	private static final String TIMESTAMP_FORMAT = "(expected YYYY-MM-DD HH:MM:SS)";

	private final Column column;

	ColumnParser(Column column) {
		this.column = column;
	}

	String columnName() {
		return column.getName();
	}

	/**
	 * The value of {@code text} (null for an empty unquoted field) in the column's type.
	 *
	 * @throws BadValue when the text is no value of the column's type, or is empty in a column that requires one
	 */
	Object parse(String text) throws BadValue {
		if (text == null || text.isEmpty() && !isText()) {
			if (!column.isNullable()) {
				throw new BadValue("is empty, but the column requires a value");
			}
			return null;
		}
		return switch (column.getType()) {
		case CHAR, VARCHAR -> checkLength(text);
		case CLOB -> text;
		case SMALLINT -> (short) integer(text, Short.MIN_VALUE, Short.MAX_VALUE);
		case INTEGER -> (int) integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
		case BIGINT -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
		case DOUBLE -> Double.parseDouble(number(text));
		case REAL -> Float.parseFloat(number(text));
		case DECIMAL -> new BigDecimal(number(text));
		case BOOLEAN -> bool(text);
		case TIMESTAMP -> timestamp(text);
		case DATE -> date(text);
		case TIME -> time(text);
		};
	}

	private boolean isText() {
		return switch (column.getType()) {
		case CHAR, VARCHAR, CLOB -> true;
		default -> false;
		};
	}

	private String checkLength(String value) throws BadValue {
		int length = column.getLength();
		if (length > 0 && value.length() > length) {
			throw new BadValue("is " + value.length() + " characters long; the column holds at most " + length);
		}
		return value;
	}

	private long integer(String value, long min, long max) throws BadValue {
		if (!INTEGER.matcher(value).matches()) {
			throw new BadValue("is not an integer");
		}
		long number;
		try {
			number = Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new BadValue("is out of range for " + column.getType());
		}
		if (number < min || number > max) {
			throw new BadValue("is out of range for " + column.getType());
		}
		return number;
	}

	private static String number(String value) throws BadValue {
		if (!NUMBER.matcher(value).matches()) {
			throw new BadValue("is not a number");
		}
		return value;
	}

	private static boolean bool(String value) throws BadValue {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "true", "t", "1", "yes", "y" -> true;
		case "false", "f", "0", "no", "n" -> false;
		default -> throw new BadValue("is not a boolean (expected true or false)");
		};
	}

	/**
	 * {@code YYYY-MM-DD HH:MM:SS[.fraction]}, the ISO form with {@code T} and a zone ({@code Z},
	 * {@code +02:00}), or a date alone for midnight. The time is kept as written: a zone is checked
	 * and dropped, never applied, as with every other wall-clock time of the data set.
	 */
	private static LocalDateTime timestamp(String value) throws BadValue {
		Matcher parts = DATE_TIME.matcher(value);
		if (!parts.matches()) {
			throw new BadValue("is not a timestamp " + TIMESTAMP_FORMAT);
		}
		try {
			LocalDate date = LocalDate.parse(parts.group(1));
			checkZone(parts.group(3));
			return parts.group(2) == null ? date.atStartOfDay() : date.atTime(LocalTime.parse(parts.group(2)));
		} catch (DateTimeException e) {
			throw new BadValue("is not a valid timestamp " + TIMESTAMP_FORMAT);
		}
	}

	/** {@code YYYY-MM-DD}; a time after it (as in a timestamp) is allowed and dropped: the column holds the day. */
	private static LocalDate date(String value) throws BadValue {
		Matcher parts = DATE_TIME.matcher(value);
		if (!parts.matches()) {
			throw new BadValue("is not a date (expected YYYY-MM-DD)");
		}
		try {
			if (parts.group(2) != null) {
				LocalTime.parse(parts.group(2));
				checkZone(parts.group(3));
			}
			return LocalDate.parse(parts.group(1));
		} catch (DateTimeException e) {
			throw new BadValue("is not a valid date (expected YYYY-MM-DD)");
		}
	}

	private static void checkZone(String zone) {
		if (zone != null && !zone.equals("Z")) {
			ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
		}
	}

	private static LocalTime time(String value) throws BadValue {
		if (!TIME.matcher(value).matches()) {
			throw new BadValue("is not a time (expected HH:MM:SS)");
		}
		try {
			return LocalTime.parse(value);
		} catch (DateTimeException e) {
			throw new BadValue("is not a valid time (expected HH:MM:SS)");
		}
	}
}
