package org.chartroom.sql.completion;

import java.util.Optional;

/**
 * A table named in a statement's FROM or JOIN.
 *
 * @param schema the schema it was qualified with, if any
 * @param name   the table's name as the database stores it
 * @param alias  its alias as written, if any
 * @param end    the offset, within the statement, just after the reference (name or alias)
 */
public record TableRef(Optional<String> schema, String name, Optional<String> alias, int end) {

	/** True when {@code qualifier} (as the database stores it) names this reference. */
	public boolean isNamed(String qualifier) {
		return alias.map(qualifier::equalsIgnoreCase).orElse(false) || (alias.isEmpty() && name.equalsIgnoreCase(qualifier));
	}
}
