package org.chartroom.core.store;

import java.util.Set;

/** The keywords most SQL dialects share (SQL:2016 core), for dialects to start from. */
final class SqlKeywords {

	static final Set<String> STANDARD = Set.of("ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AVG", "BETWEEN", "BIGINT", "BOOLEAN",
			"BOTH", "BY", "CASE", "CAST", "CHAR", "CHARACTER", "CHECK", "COALESCE", "COLUMN", "CONSTRAINT", "COUNT", "CREATE",
			"CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATE", "DECIMAL", "DEFAULT", "DELETE", "DESC",
			"DISTINCT", "DOUBLE", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "EXTRACT", "FALSE", "FETCH", "FIRST",
			"FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IN", "INDEX", "INNER", "INSERT", "INTEGER",
			"INTERSECT", "INTO", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LOWER", "MAX", "MIN", "NATURAL", "NEXT",
			"NOT", "NULL", "NULLIF", "NUMERIC", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PRIMARY",
			"REAL", "REFERENCES", "RIGHT", "ROW", "ROWS", "ROW_NUMBER", "SELECT", "SET", "SMALLINT", "SOME", "SUBSTRING",
			"SUM", "TABLE", "THEN", "TIME", "TIMESTAMP", "TRAILING", "TRIM", "TRUE", "UNION", "UNIQUE", "UPDATE", "UPPER",
			"USING", "VALUES", "VARCHAR", "VIEW", "WHEN", "WHERE", "WITH");

	private SqlKeywords() {
	}
}
