package org.chartroom.core.store;

import java.sql.JDBCType;

/**
 * A column of a query result.
 *
 * @param name     the column label
 * @param type     its JDBC type
 * @param typeName the database's own name for the type, e.g. {@code VARCHAR}
 */
public record ResultColumn(String name, JDBCType type, String typeName) {

	/** True for columns whose values are numbers. */
	public boolean isNumeric() {
		return switch (type) {
		case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, NUMERIC, REAL, FLOAT, DOUBLE -> true;
		default -> false;
		};
	}
}
