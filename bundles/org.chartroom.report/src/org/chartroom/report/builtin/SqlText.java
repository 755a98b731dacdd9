package org.chartroom.report.builtin;

import java.util.List;
import java.util.stream.Collectors;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;

/**
 * SQL pieces the built-in reports share. They keep to standard SQL and JDBC escapes
 * ({@code {fn TIMESTAMPDIFF}}), which Derby and the other JDBC stores understand; the one
 * Derby-only function is {@code YEAR}, here in one place.
 */
final class SqlText {

	private SqlText() {
	}

	/** A string literal. */
	static String literal(String text) {
		return "CAST('" + text.replace("'", "''") + "' AS VARCHAR(" + Math.max(1, text.length()) + "))";
	}

	/** Whole hours from {@code start} to {@code end}. */
	static String hoursBetween(String start, String end) {
		return "{fn TIMESTAMPDIFF(SQL_TSI_HOUR, " + start + ", " + end + ")}";
	}

	/** Whole years from {@code start} to {@code end} (an age). */
	static String yearsBetween(String start, String end) {
		return "{fn TIMESTAMPDIFF(SQL_TSI_YEAR, " + start + ", " + end + ")}";
	}

	static String year(String timestamp) {
		return "YEAR(" + timestamp + ")";
	}

	/** A column's values as text, so concepts of several tables fit into one column. */
	static String asText(String expression, Column column) {
		return isText(column) ? expression : "TRIM(CAST(" + expression + " AS CHAR(40)))";
	}

	static boolean isText(Column column) {
		ColumnType type = column.getType();
		return type == ColumnType.CHAR || type == ColumnType.VARCHAR || type == ColumnType.CLOB;
	}

	static boolean isWholeNumber(Column column) {
		ColumnType type = column.getType();
		return type == ColumnType.SMALLINT || type == ColumnType.INTEGER || type == ColumnType.BIGINT;
	}

	/** {@code expression IN (v1, v2, ...)}, or a condition no row meets when there are no values. */
	static String in(String expression, List<String> literals) {
		return literals.isEmpty() ? "1 = 0" : expression + " IN (" + String.join(", ", literals) + ")";
	}

	static String joinLines(List<String> parts, String separator) {
		return parts.stream().collect(Collectors.joining(separator));
	}
}
