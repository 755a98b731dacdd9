package org.chartroom.core.patients;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/** Table and column names of the model as the store's SQL must write them. */
record SqlNames(SqlDialect dialect) {

	String of(Table table) {
		return quote(table.getName());
	}

	String of(Column column) {
		return quote(column.getName());
	}

	/** {@code alias."COLUMN"}. */
	String of(String alias, Column column) {
		return alias + "." + of(column);
	}

	private String quote(String identifier) {
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(identifier));
	}
}
