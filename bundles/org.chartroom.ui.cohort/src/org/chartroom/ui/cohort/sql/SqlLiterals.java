package org.chartroom.ui.cohort.sql;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

import org.chartroom.cohort.sql.SqlPart;

/**
 * A compiled cohort's SQL with its bound parameters written in as literals, for people to read, copy
 * and run in the SQL editor. The cohort itself always runs with bound parameters. Only the value
 * types the compiler binds (whole and decimal numbers, checked text) are written, text quoted with
 * its quotes doubled; the {@code ?} marks are found outside quoted text and identifiers.
 */
public final class SqlLiterals {

	private SqlLiterals() {
	}

	public static String inline(SqlPart part) {
		Iterator<Object> values = part.parameters().iterator();
		String sql = part.sql();
		StringBuilder out = new StringBuilder(sql.length() + 16 * part.parameters().size());
		char quote = 0;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				out.append(c);
			} else if (c == '\'' || c == '"') {
				quote = c;
				out.append(c);
			} else if (c == '?') {
				if (!values.hasNext()) {
					throw new IllegalArgumentException("the SQL has more ? marks than parameters");
				}
				out.append(literal(values.next()));
			} else {
				out.append(c);
			}
		}
		if (values.hasNext()) {
			throw new IllegalArgumentException("the SQL has fewer ? marks than parameters");
		}
		return out.toString();
	}

	/** One value as an SQL literal. */
	static String literal(Object value) {
		return switch (value) {
		case Long number -> number.toString();
		case Integer number -> number.toString();
		case Short number -> number.toString();
		case BigDecimal number -> number.toPlainString();
		case String text -> "'" + text.replace("'", "''") + "'";
		default -> throw new IllegalArgumentException("no literal for a " + value.getClass().getSimpleName());
		};
	}

	/** The parameters as a comment line, for the record. */
	static String comment(List<Object> parameters) {
		return parameters.isEmpty() ? "" : "-- parameters, bound when Chartroom counts: " + parameters + "\n";
	}
}
