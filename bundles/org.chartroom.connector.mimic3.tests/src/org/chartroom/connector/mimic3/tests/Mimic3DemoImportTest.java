package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.imports.ImportResult;
import org.chartroom.core.imports.TableLoad;
import org.chartroom.core.overview.DatasetOverview;
import org.chartroom.core.overview.DatasetOverviewReader;
import org.chartroom.core.overview.StayCount;
import org.chartroom.core.overview.TableCount;
import org.chartroom.core.overview.TimeSpan;
import org.chartroom.core.store.TableInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.model.warehouse.Column;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real MIMIC-III demo ({@code <chartroom.data.dir>/mimic-iii-demo}) into a fresh workspace
 * through the API and checks it against the raw files: exact row counts and values kept as written.
 */
class Mimic3DemoImportTest {

	private static final Map<String, Long> RECORDS = DemoCounts.RECORDS;

	@TempDir
	static Path folder;

	private static Workspace workspace;
	private static ImportResult result;
	private static final List<String> warnings = new ArrayList<>();

	@BeforeAll
	static void importTheDemo() throws Exception {
		Path demo = DemoFolder.mimic3(); // fails, never skips, when the data is missing
		workspace = Services.derby().open(folder.resolve("ws"));
		result = new DatasetImport(workspace, Services.mimic3()).run(DatasetName.of("mimic3"), demo, false,
				new ImportListener() {
					@Override
					public void warning(String message) {
						warnings.add(message);
					}
				}, null);
		System.out.println("MIMIC-III demo imported in " + result.elapsed().toMillis() + " ms: " + result.totalRows() + " rows");
	}

	@AfterAll
	static void closeWorkspace() throws Exception {
		if (workspace != null) {
			workspace.close();
		}
	}

	private static Object value(String sql) throws Exception {
		return Rows.single(workspace, "mimic3", sql);
	}

	@Test
	void everyTableHasExactlyTheRowsOfItsFile() throws Exception {
		assertEquals(List.of(), warnings, "all 26 files are there, and nothing else is CSV");
		Map<String, Long> loaded = new TreeMap<>();
		result.tables().forEach(t -> loaded.put(t.table(), t.rows()));
		assertEquals(RECORDS, loaded);
		Map<String, Long> stored = new TreeMap<>();
		for (TableInfo table : workspace.tables("mimic3")) {
			stored.put(table.name(), table.rowCount());
		}
		assertEquals(RECORDS, stored);
		assertEquals(List.of(List.of(26, 967_139L)), Rows.of(workspace, "mimic3", "SELECT COUNT(*), SUM(r.ROW_COUNT) "
				+ "FROM CHARTROOM.ROW_COUNTS r JOIN CHARTROOM.DATASETS d ON r.SCHEMA_NAME = d.SCHEMA_NAME WHERE d.NAME_KEY = 'MIMIC3'"),
				"the counts were recorded when the import published the dataset");
		assertEquals(RECORDS.values().stream().mapToLong(Long::longValue).sum(), result.totalRows());
		assertEquals(26, result.dataset().tableCount());
		assertEquals("mimic3", result.dataset().sourceKind());
		assertEquals(RECORDS.keySet().size(), result.tables().stream().map(TableLoad::file).filter(f -> !f.isEmpty()).count());
	}

	@Test
	void patientsAdmissionsAndIcuStays() throws Exception {
		assertEquals(100, value("SELECT COUNT(DISTINCT subject_id) FROM patients"));
		assertEquals(129, value("SELECT COUNT(DISTINCT hadm_id) FROM admissions"));
		assertEquals(136, value("SELECT COUNT(DISTINCT icustay_id) FROM icustays"));
	}

	/**
	 * The overview reads the model's semantics: the patient table, the stay tables by level, and the span
	 * of the level-1 stays, i.e. MIN(ADMITTIME) to MAX(DISCHTIME) of ADMISSIONS.csv.gz (checked with a CSV
	 * parser: 2102-08-29 07:15:00 to 2202-10-11 16:30:00).
	 */
	@Test
	void theOverviewCountsPatientsAdmissionsAndIcuStaysAndSpansTheAdmissions() throws Exception {
		DatasetOverview overview = new DatasetOverviewReader(workspace).read("MIMIC3", Services.mimic3().schema(), null);
		assertEquals(Optional.of(new TableCount("Patients", "PATIENTS", 100)), overview.patients());
		assertEquals(List.of(new StayCount("Admissions", "ADMISSIONS", 1, 129), new StayCount("ICU stays", "ICUSTAYS", 2, 136)),
				overview.stays());
		assertEquals(Optional.of(new TimeSpan(LocalDateTime.of(2102, 8, 29, 7, 15), LocalDateTime.of(2202, 10, 11, 16, 30))),
				overview.timeSpan());
	}

	@Test
	void aKnownPatientsAdmissionsAsTheFileHasThem() throws Exception {
		List<List<Object>> rows = Rows.of(workspace, "mimic3", "SELECT row_id, hadm_id, admittime, dischtime, deathtime, "
				+ "language FROM admissions WHERE subject_id = 41976 ORDER BY admittime");
		assertEquals(15, rows.size());
		assertEquals(List.of(40396, 125449, LocalDateTime.of(2198, 10, 29, 6, 54), LocalDateTime.of(2198, 11, 5, 15, 20)),
				rows.get(0).subList(0, 4));
		assertNull(rows.get(0).get(4), "DEATHTIME is empty in the file");
		assertEquals("SPAN", rows.get(0).get(5));
		assertEquals(List.of(40410, 153826, LocalDateTime.of(2202, 10, 3, 1, 45), LocalDateTime.of(2202, 10, 11, 16, 30)),
				rows.get(14).subList(0, 4));
	}

	/** A value of the CSV as the store gives it back: an empty field is NULL. */
	private static Object expected(Column column, String text) {
		if (text.isEmpty()) {
			return null;
		}
		return switch (column.getType()) {
		case INTEGER -> Integer.valueOf(text);
		case DOUBLE -> Double.valueOf(text);
		case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
		case VARCHAR -> text;
		default -> throw new AssertionError("CHARTEVENTS has no " + column.getType() + " column");
		};
	}

	@Test
	void aKnownPatientsFirstCharteventsRowsAsTheFileHasThem() throws Exception {
		// the raw file, read by the tests' own CSV reader rather than the importer's parser
		List<String> header;
		List<List<String>> first = new ArrayList<>();
		try (CsvRecords csv = CsvRecords.openGzip(DemoFolder.file("CHARTEVENTS"))) {
			header = csv.next();
			for (List<String> row = csv.next(); row != null && first.size() < 5; row = csv.next()) {
				if (first.isEmpty() || row.get(1).equals(first.get(0).get(1))) {
					first.add(row);
				}
			}
		}
		assertEquals("40124", first.get(0).get(1), "the first SUBJECT_ID of the file");
		assertEquals(5, first.size());
		assertTrue(first.stream().allMatch(row -> row.get(14).isEmpty()), "STOPPED is empty in the file: NULL expected");
		first.sort(Comparator.comparing(row -> Integer.valueOf(row.get(0))));

		List<Column> columns = Mimic3Model.table(Services.mimic3().schema(), "CHARTEVENTS").getColumns();
		assertEquals(columns.stream().map(c -> c.getName().toLowerCase(Locale.ROOT)).toList(), header);
		List<List<Object>> rows = Rows.of(workspace, "mimic3", "SELECT " + String.join(", ", header)
				+ " FROM chartevents WHERE row_id IN (" + String.join(", ", first.stream().map(row -> row.get(0)).toList())
				+ ") ORDER BY row_id");
		assertEquals(5, rows.size());
		for (int r = 0; r < 5; r++) {
			for (int c = 0; c < columns.size(); c++) {
				assertEquals(expected(columns.get(c), first.get(r).get(c)), rows.get(r).get(c),
						"CHARTEVENTS row_id " + first.get(r).get(0) + ", column " + columns.get(c).getName());
			}
		}
		assertEquals(List.of(5279021, 40124, 126179, 279554, 223761, LocalDateTime.of(2130, 2, 4, 4, 0),
				LocalDateTime.of(2130, 2, 4, 4, 35), 19085, "95.9", 95.9, "?F", 0, 0), rows.get(0).subList(0, 13));
		assertEquals(Arrays.asList(2222221.7, null, null),
				Arrays.asList(rows.get(1).get(9), rows.get(1).get(13), rows.get(1).get(14)), "VALUENUM, RESULTSTATUS, STOPPED");
	}

	@Test
	void valuesAreKeptExactlyAsWritten() throws Exception {
		assertEquals("VF ARREST ", value("SELECT diagnosis FROM admissions WHERE row_id = 12363"), "trailing blank kept");
		assertEquals(3, value("SELECT COUNT(*) FROM caregivers WHERE label = 'NA'"), "the string NA is data, not NULL");
		assertEquals("03819", value("SELECT icd9_code FROM diagnoses_icd WHERE row_id = 112353"), "leading zero kept");
		assertEquals(" ", value("SELECT valueuom FROM labevents WHERE row_id = 6245254"), "one space kept");
		assertNull(value("SELECT hadm_id FROM labevents WHERE row_id = 6245548"), "empty in the file is NULL");
		assertNull(value("SELECT language FROM admissions WHERE row_id = 12258"), "empty in the file is NULL");
	}
}
