package org.chartroom.ui.views;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.chartroom.core.imports.ImportResult;

/**
 * What the Datasets view says after an import: which dataset to select, a one-line summary (with the
 * schema version the connector detected, for OMOP) and
 * the warnings the import gave (absent optional tables, skipped files), shown once.
 */
public record DatasetImported(String dataset, String summary, List<String> warnings) {

	public DatasetImported {
		warnings = List.copyOf(warnings);
	}

	public static DatasetImported of(ImportResult result) {
		String dataset = result.dataset().name();
		int tables = result.tables().size();
		String summary = String.format(Locale.getDefault(Locale.Category.FORMAT),
				"Imported %s: %d %s, %,d rows in %s.", dataset, tables, tables == 1 ? "table" : "tables",
				result.totalRows(), seconds(result.elapsed()))
				+ result.schema().reason().map(reason -> " Model " + result.schema().schema().getName() + ": " + reason + ".")
						.orElse("");
		return new DatasetImported(dataset, summary, result.warnings());
	}

	private static String seconds(Duration elapsed) {
		return String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f s", elapsed.toMillis() / 1000.0);
	}
}
