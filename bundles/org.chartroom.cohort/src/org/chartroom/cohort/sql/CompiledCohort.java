package org.chartroom.cohort.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort compiled for one dataset's model and dialect: the entries that meet the first {@code k}
 * top-level criteria, as one SELECT of {@link #COLUMNS} with its parameters.
 *
 * @param entryLabel what the entries are, as the model labels the stay table ("ICU stays")
 * @param labels     the top-level criteria as the attrition names them, in order
 */
public record CompiledCohort(String entryLabel, String from, List<String> labels, List<SqlPart> conditions) {

	/** The columns of {@link #entries}, in order. */
	public static final List<String> COLUMNS = List.of("ENTRY_ID", "PATIENT_ID", "ENTRY_START", "ENTRY_END");

	public CompiledCohort {
		labels = List.copyOf(labels);
		conditions = List.copyOf(conditions);
	}

	/** The entries meeting every criterion. */
	public SqlPart entries() {
		return entries(conditions.size());
	}

	/** The entries meeting the first {@code criteria} top-level criteria (0: every entry). */
	public SqlPart entries(int criteria) {
		SqlPart where = SqlPart.join(conditions.subList(0, criteria), " AND ", "1 = 1");
		return new SqlPart(from + (criteria == 0 ? "" : " WHERE " + where.sql()), where.parameters());
	}

	/** {@code SELECT COUNT(*), COUNT(DISTINCT PATIENT_ID)} of {@link #entries(int)}. */
	public SqlPart counts(int criteria) {
		SqlPart entries = entries(criteria);
		return new SqlPart("SELECT COUNT(*), COUNT(DISTINCT c.PATIENT_ID) FROM (" + entries.sql() + ") c",
				new ArrayList<>(entries.parameters()));
	}

	/** The SQL of every entry, readable, with the parameters shown as comments: for a "Show SQL" view. */
	public String display() {
		SqlPart all = entries();
		return all.sql() + (all.parameters().isEmpty() ? "" : "\n-- parameters: " + all.parameters());
	}
}
