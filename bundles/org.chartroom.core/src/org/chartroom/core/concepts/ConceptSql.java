package org.chartroom.core.concepts;

import java.math.BigDecimal;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * The bits of SQL the concept index writes: identifiers as the dialect stores them, and a concept's
 * key as a literal of its column's type ({@link org.chartroom.core.store.Workspace#query} takes no
 * parameters). Keys travel as text: {@link #keyText} is the one way a key value becomes text, so keys
 * from a dictionary and from an event table compare equal.
 */
final class ConceptSql {

	private final SqlDialect dialect;

	ConceptSql(SqlDialect dialect) {
		this.dialect = dialect;
	}

	String name(Table table) {
		return name(table.getName());
	}

	String name(Column column) {
		return name(column.getName());
	}

	String name(String identifier) {
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(identifier));
	}

	/** The key as a literal for a comparison with {@code column}: a number for numeric columns, else a string. */
	static String literal(Column column, String key) {
		return switch (column.getType()) {
		case SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE -> new BigDecimal(key).toPlainString(); // a bad key fails here
		default -> "'" + key.replace("'", "''") + "'";
		};
	}

	/** A key value as text: numbers without exponent or trailing noise, text as is. */
	static String keyText(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}
}
