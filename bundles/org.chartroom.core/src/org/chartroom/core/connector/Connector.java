package org.chartroom.core.connector;

import java.util.Locale;
import java.util.Optional;

import org.chartroom.model.warehouse.Dataset;

/**
 * A kind of source data (MIMIC-III, OMOP, ...): its schema and how its files name their tables.
 * Connectors are OSGi services; the project's own connectors are found the same way as an
 * institution's.
 */
public interface Connector {

	/** The short id users type after {@code --source}, e.g. {@code mimic3}. */
	String id();

	/** A name for people, e.g. {@code MIMIC-III v1.4}. */
	String displayName();

	/** The schema: every table with its columns, keys, indexes and semantics. Shared: do not change it. */
	Dataset schema();

	/**
	 * The table a source file holds, by its file name: {@code ADMISSIONS.csv.gz} → {@code ADMISSIONS}.
	 * This default strips {@code .csv} or {@code .csv.gz} (any letter case) and upper-cases the rest;
	 * it does not check that the schema has the table. Empty for files that are not CSV.
	 */
	default Optional<String> tableForFile(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		int end;
		if (lower.endsWith(".csv.gz")) {
			end = fileName.length() - ".csv.gz".length();
		} else if (lower.endsWith(".csv")) {
			end = fileName.length() - ".csv".length();
		} else {
			return Optional.empty();
		}
		return end == 0 ? Optional.empty() : Optional.of(fileName.substring(0, end).toUpperCase(Locale.ROOT));
	}
}
