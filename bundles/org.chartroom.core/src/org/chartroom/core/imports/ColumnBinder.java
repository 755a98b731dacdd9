package org.chartroom.core.imports;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.chartroom.model.warehouse.Column;

/**
 * Converts one column's text from a CSV file to its SQL type and binds it to an insert. An empty
 * unquoted field is NULL; text is kept exactly as written (blanks included). Timestamps are
 * wall-clock times: they are handed to the database with a UTC calendar, so no time zone of this
 * machine can move them (a time inside a daylight-saving gap would move otherwise).
 */
final class ColumnBinder {

	/** A value that does not fit its column; the message completes "'value' ...". */
	static final class BadValue extends Exception {

		private static final long serialVersionUID = 1L;

		BadValue(String problem) {
			super(problem, null, false, false);
		}
	}

	private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
	private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
	private static final Pattern TIMESTAMP = Pattern
			.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?)?");
	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}( 00:00:00(\\.0+)?)?");
	private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}");
	private static final String TIMESTAMP_FORMAT = "(expected YYYY-MM-DD HH:MM:SS)";

	private final Column column;
	private final int sqlType;
	private final Calendar utc = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);

	ColumnBinder(Column column) {
		this.column = column;
		this.sqlType = switch (column.getType()) {
		case BOOLEAN -> Types.BOOLEAN;
		case SMALLINT -> Types.SMALLINT;
		case INTEGER -> Types.INTEGER;
		case BIGINT -> Types.BIGINT;
		case DECIMAL -> Types.DECIMAL;
		case REAL -> Types.REAL;
		case DOUBLE -> Types.DOUBLE;
		case CHAR -> Types.CHAR;
		case VARCHAR -> Types.VARCHAR;
		case CLOB -> Types.CLOB;
		case DATE -> Types.DATE;
		case TIME -> Types.TIME;
		case TIMESTAMP -> Types.TIMESTAMP;
		};
	}

	String columnName() {
		return column.getName();
	}

	/**
	 * Binds {@code value} (null for an empty unquoted field) as parameter {@code index}.
	 *
	 * @throws BadValue when the text is no value of the column's type, or is empty in a column that requires one
	 */
	void bind(PreparedStatement statement, int index, String value) throws SQLException, BadValue {
		if (value == null || value.isEmpty() && !isText()) {
			if (!column.isNullable()) {
				throw new BadValue("is empty, but the column requires a value");
			}
			statement.setNull(index, sqlType);
			return;
		}
		switch (column.getType()) {
		case CHAR, VARCHAR -> statement.setString(index, checkLength(value));
		case CLOB -> statement.setString(index, value);
		case SMALLINT -> statement.setShort(index, (short) integer(value, Short.MIN_VALUE, Short.MAX_VALUE));
		case INTEGER -> statement.setInt(index, (int) integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
		case BIGINT -> statement.setLong(index, integer(value, Long.MIN_VALUE, Long.MAX_VALUE));
		case DOUBLE -> statement.setDouble(index, Double.parseDouble(number(value)));
		case REAL -> statement.setFloat(index, Float.parseFloat(number(value)));
		case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(number(value)));
		case BOOLEAN -> statement.setBoolean(index, bool(value));
		case TIMESTAMP -> statement.setTimestamp(index, timestamp(value), utc);
		case DATE -> statement.setString(index, date(value).toString());
		case TIME -> statement.setString(index, time(value).toString());
		}
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

	/** {@code YYYY-MM-DD HH:MM:SS[.fraction]}, or a date alone for midnight. */
	private static Timestamp timestamp(String value) throws BadValue {
		if (!TIMESTAMP.matcher(value).matches()) {
			throw new BadValue("is not a timestamp " + TIMESTAMP_FORMAT);
		}
		try {
			LocalDateTime time = value.length() == 10 ? LocalDate.parse(value).atStartOfDay()
					: LocalDateTime.parse(value.replace(' ', 'T'));
			Timestamp timestamp = new Timestamp(time.toEpochSecond(ZoneOffset.UTC) * 1000);
			timestamp.setNanos(time.getNano());
			return timestamp;
		} catch (DateTimeException e) {
			throw new BadValue("is not a valid timestamp " + TIMESTAMP_FORMAT);
		}
	}

	private static LocalDate date(String value) throws BadValue {
		if (!DATE.matcher(value).matches()) {
			throw new BadValue("is not a date (expected YYYY-MM-DD)");
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		} catch (DateTimeException e) {
			throw new BadValue("is not a valid date (expected YYYY-MM-DD)");
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
