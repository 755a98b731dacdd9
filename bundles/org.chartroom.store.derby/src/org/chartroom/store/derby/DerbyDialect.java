package org.chartroom.store.derby;

import java.util.Locale;

import org.chartroom.core.store.SqlDialect;

/** Derby's SQL: unquoted identifiers are stored in upper case. */
final class DerbyDialect implements SqlDialect {

	static final DerbyDialect INSTANCE = new DerbyDialect();

	@Override
	public String name() {
		return "derby";
	}

	@Override
	public String normalizeIdentifier(String identifier) {
		return identifier.toUpperCase(Locale.ROOT);
	}
}
