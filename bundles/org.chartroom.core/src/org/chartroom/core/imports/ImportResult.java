package org.chartroom.core.imports;

import java.time.Duration;
import java.util.List;

import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.store.DatasetInfo;

/**
 * A completed import.
 *
 * @param dataset  the published dataset
 * @param tables   every table of the schema, in load order
 * @param warnings what the user should know (skipped files, absent optional tables)
 * @param elapsed  the whole import, indexes included
 * @param schema   the connector's schema the tables follow, and why it was chosen (e.g. the OMOP CDM version detected)
 */
public record ImportResult(DatasetInfo dataset, List<TableLoad> tables, List<String> warnings, Duration elapsed,
		SchemaChoice schema) {

	public ImportResult {
		tables = List.copyOf(tables);
		warnings = List.copyOf(warnings);
	}

	public long totalRows() {
		return tables.stream().mapToLong(TableLoad::rows).sum();
	}
}
