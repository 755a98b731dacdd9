package org.chartroom.core.store;

import java.util.List;

/**
 * One statement that changes rows, with its {@code ?} parameters bound in order (the value types
 * {@link Workspace#query(String, String, List, int, RowHandler, org.eclipse.core.runtime.IProgressMonitor)}
 * takes).
 */
public record SqlUpdate(String sql, List<?> parameters) {

	public SqlUpdate {
		parameters = List.copyOf(parameters);
	}
}
