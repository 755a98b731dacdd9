package org.chartroom.core.connector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportSource;
import org.chartroom.core.store.DatasetInfo;
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

	/**
	 * The schema: every table with its columns, keys, indexes and semantics. Shared: do not change it.
	 * For a format with versions, the newest; {@link #schemas()} lists them all.
	 */
	Dataset schema();

	/**
	 * Every schema this connector imports into, one per version of its format (OMOP CDM 5.3 and 5.4),
	 * each with a name of its own ({@link Dataset#getName()}). The default: {@link #schema()} alone.
	 */
	default List<Dataset> schemas() {
		return List.of(schema());
	}

	/**
	 * The schema that fits the files of an import, chosen before anything is created; the import
	 * records its name with the dataset. The default: {@link #schema()}.
	 *
	 * @throws ImportException when the files fit none of the schemas; the message says what is missing
	 */
	default SchemaChoice schemaFor(ImportSource source) throws ImportException {
		return SchemaChoice.only(schema());
	}

	/**
	 * The schema a published dataset of this connector was imported with: the one named by
	 * {@link DatasetInfo#model()}, else (a dataset recorded before models were, or a version this
	 * connector no longer has) {@link #schema()}. Readers of a dataset (overview, SQL completion,
	 * reports) use this, never {@link #schema()} directly.
	 */
	default Dataset schemaOf(DatasetInfo dataset) {
		return dataset.model().flatMap(model -> schemas().stream().filter(s -> model.equals(s.getName())).findFirst())
				.orElseGet(this::schema);
	}

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
