package org.chartroom.ui.concepts.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/**
 * Writes a few MIMIC-III files, header and column order from the connector's model: two patients, item
 * 211 "Heart Rate" charted five times with numbers, item 220048 "Heart Rhythm" charted three times as text,
 * and item 220046 "Heart rate Alarm - High", never charted.
 */
final class TinyMimic3 {

	private final Dataset schema;
	private final Path folder;

	TinyMimic3(Dataset schema, Path folder) {
		this.schema = schema;
		this.folder = folder;
	}

	Path write() throws IOException {
		Files.createDirectories(folder);
		file("PATIENTS", List.of(Map.of("SUBJECT_ID", "1"), Map.of("SUBJECT_ID", "2")));
		file("ADMISSIONS", List.of(Map.of("SUBJECT_ID", "1", "HADM_ID", "10"), Map.of("SUBJECT_ID", "2", "HADM_ID", "20")));
		file("ICUSTAYS", List.of(Map.of("SUBJECT_ID", "1", "HADM_ID", "10", "ICUSTAY_ID", "100"),
				Map.of("SUBJECT_ID", "2", "HADM_ID", "20", "ICUSTAY_ID", "200")));
		file("D_ITEMS", List.of(Map.of("ROW_ID", "1", "ITEMID", "211", "LABEL", "Heart Rate", "DBSOURCE", "carevue"),
				Map.of("ROW_ID", "2", "ITEMID", "220048", "LABEL", "Heart Rhythm", "DBSOURCE", "metavision",
						"CATEGORY", "Routine Vital Signs"),
				Map.of("ROW_ID", "3", "ITEMID", "220046", "LABEL", "Heart rate Alarm - High", "DBSOURCE", "metavision",
						"CATEGORY", "Alarms")));
		List<Map<String, String>> chart = new ArrayList<>();
		int row = 0;
		for (String[] event : new String[][] { { "1", "211", "80" }, { "1", "211", "90" }, { "2", "211", "70" },
				{ "2", "211", "100" }, { "2", "211", "120" } }) {
			chart.add(Map.of("ROW_ID", Integer.toString(++row), "SUBJECT_ID", event[0], "ITEMID", event[1], "VALUE", event[2],
					"VALUENUM", event[2], "VALUEUOM", "BPM"));
		}
		for (String[] event : new String[][] { { "1", "SR (Sinus Rhythm)" }, { "1", "SR (Sinus Rhythm)" },
				{ "2", "AF (Atrial Fibrillation)" } }) {
			chart.add(Map.of("ROW_ID", Integer.toString(++row), "SUBJECT_ID", event[0], "ITEMID", "220048", "VALUE", event[1]));
		}
		file("CHARTEVENTS", chart);
		return folder;
	}

	/** One file: each row's given fields, other columns a valid default (NULL where the column allows it). */
	private void file(String tableName, List<Map<String, String>> rows) throws IOException {
		Table table = schema.getTables().stream().filter(t -> t.getName().equals(tableName)).findFirst().orElseThrow();
		StringBuilder csv = new StringBuilder(String.join(",",
				table.getColumns().stream().map(c -> c.getName().toLowerCase(Locale.ROOT)).toList())).append('\n');
		int id = 0;
		for (Map<String, String> row : rows) {
			id++;
			List<String> fields = new ArrayList<>();
			for (Column column : table.getColumns()) {
				String given = row.get(column.getName());
				fields.add(given != null ? quoted(given) : fallback(column, id));
			}
			csv.append(String.join(",", fields)).append('\n');
		}
		Files.writeString(folder.resolve(tableName + ".csv"), csv, StandardCharsets.UTF_8);
	}

	private static String fallback(Column column, int id) {
		if (column.isNullable()) {
			return "";
		}
		return switch (column.getType()) {
		case SMALLINT -> "1";
		case INTEGER, BIGINT -> Integer.toString(id);
		case DOUBLE, REAL, DECIMAL -> "1.5";
		case TIMESTAMP -> "2100-01-01 12:00:00";
		case DATE -> "2100-01-01";
		default -> "x";
		};
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}
}
