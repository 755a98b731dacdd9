package org.chartroom.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Index;
import org.chartroom.model.warehouse.PrimaryKey;
import org.chartroom.model.warehouse.Table;

/**
 * The SQL that makes a model table real: the table itself before loading, its primary key and
 * indexes after (building them once over loaded rows is faster than keeping them up to date).
 */
final class TableDdl {

	private final SqlDialect dialect;

	TableDdl(SqlDialect dialect) {
		this.dialect = dialect;
	}

	String name(String identifier) {
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(identifier));
	}

	String createTable(Table table) {
		return "CREATE TABLE " + name(table.getName()) + " (" + table.getColumns().stream()
				.map(c -> name(c.getName()) + " " + dialect.columnType(c) + (c.isNullable() ? "" : " NOT NULL"))
				.collect(Collectors.joining(", ")) + ")";
	}

	/** The statements that add the table's primary key and indexes, primary key first. */
	List<String> keysAndIndexes(Table table) {
		PrimaryKey key = table.getPrimaryKey();
		List<String> statements = new ArrayList<>();
		if (key != null && !key.getColumns().isEmpty()) {
			String constraint = key.getName() == null || key.getName().isBlank() ? table.getName() + "_PK" : key.getName();
			statements.add("ALTER TABLE " + name(table.getName()) + " ADD CONSTRAINT " + name(constraint)
					+ " PRIMARY KEY (" + columns(key.getColumns()) + ")");
		}
		for (Index index : table.getIndexes()) {
			statements.add("CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + name(index.getName()) + " ON "
					+ name(table.getName()) + " (" + columns(index.getColumns()) + ")");
		}
		return statements;
	}

	private String columns(List<Column> columns) {
		return columns.stream().map(c -> name(c.getName())).collect(Collectors.joining(", "));
	}
}
