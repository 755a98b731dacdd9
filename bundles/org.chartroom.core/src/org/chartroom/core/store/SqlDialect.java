package org.chartroom.core.store;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import org.chartroom.model.warehouse.Column;

/** What differs between the SQL of one store and another. */
public interface SqlDialect {

	/** A short name, e.g. {@code derby}. */
	String name();

	/** The name under which the database stores an unquoted identifier (Derby: upper case). */
	String normalizeIdentifier(String identifier);

	/** The identifier quoted so that the database takes it exactly as written. */
	default String quoteIdentifier(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/**
	 * The identifier as it is best written in a statement: as it is when the database reads it
	 * unquoted to the same name and it is no keyword, else quoted.
	 */
	default String identifier(String name) {
		boolean plain = !name.isEmpty() && (Character.isLetter(name.charAt(0)))
				&& name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
		if (plain && normalizeIdentifier(name).equals(name) && !keywords().contains(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		return quoteIdentifier(name);
	}

	/**
	 * The column's SQL type in this dialect, from the model's type, length, precision and scale,
	 * e.g. {@code VARCHAR(50)} or {@code DECIMAL(10,2)}; without {@code NOT NULL}.
	 */
	String columnType(Column column);

	/** The reserved words and built-in functions of the dialect, upper case, for completion and highlighting. */
	default Set<String> keywords() {
		return standardKeywords();
	}

	/** The keywords most dialects share (SQL:2016 core), for a dialect to add its own to. */
	static Set<String> standardKeywords() {
		return SqlKeywords.STANDARD;
	}

	/**
	 * A query limited to a window of its rows; this default is SQL:2008's
	 * {@code OFFSET n ROWS FETCH FIRST m ROWS ONLY}, which Derby and PostgreSQL read.
	 *
	 * @param query  a SELECT without a row limit of its own
	 * @param offset rows to skip
	 * @param rows   the most rows to return
	 */
	default String limitRows(String query, long offset, int rows) {
		String skip = offset > 0 ? " OFFSET " + offset + " ROWS" : "";
		return query + skip + " FETCH FIRST " + rows + " ROWS ONLY";
	}

	/** A string literal of the text: quoted, with its quotes doubled. */
	default String stringLiteral(String text) {
		return '\'' + text.replace("'", "''") + '\'';
	}
	/**
	 * A timestamp expression moved by a whole number of units (negative: back). This default is
	 * JDBC's escape function {@code {fn TIMESTAMPADD(SQL_TSI_…, n, ts)}}, which Derby reads and JDBC
	 * drivers translate; {@code amount} may be a bound parameter written {@code CAST(? AS INTEGER)}.
	 *
	 * @param unit one of seconds, minutes, hours, days, months, years
	 */
	default String timestampAdd(ChronoUnit unit, String amount, String timestamp) {
		return "{fn TIMESTAMPADD(" + intervalName(unit) + ", " + amount + ", " + timestamp + ")}";
	}

	/**
	 * The whole number of units from one timestamp expression to another (negative when {@code to} is
	 * earlier); this default is JDBC's escape function {@code {fn TIMESTAMPDIFF(SQL_TSI_…, from, to)}}.
	 */
	default String timestampDiff(ChronoUnit unit, String from, String to) {
		return "{fn TIMESTAMPDIFF(" + intervalName(unit) + ", " + from + ", " + to + ")}";
	}

	/** The JDBC escape's name of a unit: {@code SQL_TSI_HOUR}. */
	private static String intervalName(ChronoUnit unit) {
		return switch (unit) {
		case SECONDS -> "SQL_TSI_SECOND";
		case MINUTES -> "SQL_TSI_MINUTE";
		case HOURS -> "SQL_TSI_HOUR";
		case DAYS -> "SQL_TSI_DAY";
		case MONTHS -> "SQL_TSI_MONTH";
		case YEARS -> "SQL_TSI_YEAR";
		default -> throw new IllegalArgumentException("No SQL interval for " + unit);
		};
	}
}
