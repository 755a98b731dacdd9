package org.chartroom.core.store;

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
	 * The column's SQL type in this dialect, from the model's type, length, precision and scale,
	 * e.g. {@code VARCHAR(50)} or {@code DECIMAL(10,2)}; without {@code NOT NULL}.
	 */
	String columnType(Column column);
}
