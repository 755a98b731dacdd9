package org.chartroom.store.derby;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;

/** Derby's SQL: unquoted identifiers are stored in upper case. */
final class DerbyDialect implements SqlDialect {

	static final DerbyDialect INSTANCE = new DerbyDialect();

	/** Derby's limits: VARCHAR up to 32,672 characters, CHAR up to 254, DECIMAL precision up to 31. */
	private static final int MAX_VARCHAR = 32_672;
	private static final int MAX_CHAR = 254;
	private static final int MAX_DECIMAL_PRECISION = 31;

	@Override
	public String name() {
		return "derby";
	}

	@Override
	public String normalizeIdentifier(String identifier) {
		return identifier.toUpperCase(Locale.ROOT);
	}

	/** Derby's own words beside the standard ones: its types, functions and statements. */
	private static final Set<String> DERBY_WORDS = Set.of("BLOB", "CLOB", "LONG", "VARBINARY", "XML", "TRUNCATE", "CALL",
			"RENAME", "LOCK", "IDENTITY", "GENERATED", "ALWAYS", "ABS", "MOD", "SQRT", "LENGTH", "LOCATE", "LTRIM", "RTRIM",
			"UCASE", "LCASE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "DAYS", "TIMESTAMPADD", "TIMESTAMPDIFF",
			"CURRENT", "SCHEMA", "EXCEPT", "EXPLAIN", "ROWS", "ONLY");

	private static final Set<String> KEYWORDS = Stream.concat(SqlDialect.standardKeywords().stream(), DERBY_WORDS.stream())
			.collect(Collectors.toUnmodifiableSet());

	@Override
	public Set<String> keywords() {
		return KEYWORDS;
	}

	@Override
	public String columnType(Column column) {
		int length = column.getLength();
		return switch (column.getType()) {
		case BOOLEAN -> "BOOLEAN";
		case SMALLINT -> "SMALLINT";
		case INTEGER -> "INTEGER";
		case BIGINT -> "BIGINT";
		case REAL -> "REAL";
		case DOUBLE -> "DOUBLE";
		case DECIMAL -> decimal(column.getPrecision(), column.getScale());
		case CHAR -> length > 0 && length <= MAX_CHAR ? "CHAR(" + length + ")" : varchar(length);
		case VARCHAR -> varchar(length);
		case CLOB -> "CLOB";
		case DATE -> "DATE";
		case TIME -> "TIME";
		case TIMESTAMP -> "TIMESTAMP";
		};
	}

	private static String varchar(int length) {
		return length > 0 && length <= MAX_VARCHAR ? "VARCHAR(" + length + ")" : "CLOB";
	}

	private static String decimal(int precision, int scale) {
		if (precision <= 0) {
			return "DECIMAL(" + MAX_DECIMAL_PRECISION + "," + Math.max(scale, 0) + ")";
		}
		int p = Math.min(precision, MAX_DECIMAL_PRECISION);
		return "DECIMAL(" + p + "," + Math.min(Math.max(scale, 0), p) + ")";
	}
}
