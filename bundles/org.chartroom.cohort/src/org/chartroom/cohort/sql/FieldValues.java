package org.chartroom.cohort.sql;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chartroom.model.warehouse.Column;

/**
 * Checks the values a definition gives for a column and turns them into the Java values bound as
 * parameters: a number for a numeric column, text no longer than a text column holds. What does not
 * fit is an {@link InvalidCohortException} naming where and which field.
 */
final class FieldValues {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

	private FieldValues() {
	}

	/** A decimal number as typed (blanks around it allowed). */
	static BigDecimal decimal(String where, String field, String text) throws InvalidCohortException {
		String trimmed = text.strip();
		if (!DECIMAL.matcher(trimmed).matches()) {
			throw InvalidCohortException.at(where, field, quoted(text) + " is not a number");
		}
		return new BigDecimal(trimmed);
	}

	/** A value of the column's type: a Long for integer columns, a BigDecimal for other numbers, else the text itself. */
	static Object forColumn(String where, String field, Column column, String text) throws InvalidCohortException {
		switch (column.getType()) {
		case SMALLINT, INTEGER, BIGINT -> {
			String trimmed = text.strip();
			if (!INTEGER.matcher(trimmed).matches()) {
				throw InvalidCohortException.at(where, field,
						quoted(text) + " is not a whole number, as " + column.getName() + " holds");
			}
			return Long.valueOf(trimmed);
		}
		case DECIMAL, REAL, DOUBLE -> {
			return decimal(where, field, text);
		}
		case CHAR, VARCHAR, CLOB -> {
			if (column.getLength() > 0 && text.length() > column.getLength()) {
				throw InvalidCohortException.at(where, field, quoted(text) + " is longer than " + column.getName()
						+ " holds (" + column.getLength() + " characters), so it is no value of it");
			}
			if (text.chars().anyMatch(Character::isISOControl)) {
				throw InvalidCohortException.at(where, field, quoted(text) + " holds control characters");
			}
			return text;
		}
		default -> throw InvalidCohortException.at(where, field,
				"values of " + column.getName() + " (" + column.getType() + ") cannot be chosen from");
		}
	}

	static boolean isText(Column column) {
		return switch (column.getType()) {
		case CHAR, VARCHAR, CLOB -> true;
		default -> false;
		};
	}

	static String quoted(String text) {
		String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
		return "'" + shown + "'";
	}

	/**
	 * The smallest text above every text that starts with {@code prefix} (its last character
	 * raised by one), for a range an index can serve; empty when no such text exists.
	 */
	static Optional<String> firstAfterPrefix(String prefix) {
		for (int end = prefix.length() - 1; end >= 0; end--) {
			char last = prefix.charAt(end);
			if (last != Character.MAX_VALUE) {
				return Optional.of(prefix.substring(0, end) + (char) (last + 1));
			}
		}
		return Optional.empty();
	}
}
