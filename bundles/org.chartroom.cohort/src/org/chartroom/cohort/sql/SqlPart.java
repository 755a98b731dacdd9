package org.chartroom.cohort.sql;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with the values of its {@code ?} parameters, in order. Values are never written into the text. */
public record SqlPart(String sql, List<Object> parameters) {

	public SqlPart {
		parameters = List.copyOf(parameters);
	}

	static SqlPart of(String sql, Object... parameters) {
		return new SqlPart(sql, List.of(parameters));
	}

	/** The parts joined by {@code separator}, each in parentheses; {@code empty} when there are none. */
	static SqlPart join(List<SqlPart> parts, String separator, String empty) {
		if (parts.isEmpty()) {
			return of(empty);
		}
		StringBuilder sql = new StringBuilder();
		List<Object> parameters = new ArrayList<>();
		for (SqlPart part : parts) {
			if (!sql.isEmpty()) {
				sql.append(separator);
			}
			sql.append('(').append(part.sql()).append(')');
			parameters.addAll(part.parameters());
		}
		return new SqlPart(sql.toString(), parameters);
	}
}
