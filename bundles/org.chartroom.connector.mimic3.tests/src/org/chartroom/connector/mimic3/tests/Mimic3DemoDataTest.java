package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Index;
import org.chartroom.model.warehouse.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model against the real MIMIC-III demo files ({@code <chartroom.data.dir>/mimic-iii-demo}): each file's header
 * is the table's column list, and every value fits its column's type, length and nullability.
 */
class Mimic3DemoDataTest {

	private static final Map<String, Long> RECORDS = DemoCounts.RECORDS;

	/** At most this many problems are listed per table; all are counted. */
	private static final int LISTED_PROBLEMS = 40;

	private static Dataset dataset;

	@BeforeAll
	static void loadModel() throws IOException {
		dataset = Mimic3Model.load();
	}

	@Test
	void theDemoFolderHasAFileForEveryTable() {
		DemoFolder.mimic3();
		assertEquals(26, RECORDS.size());
		assertEquals(RECORDS.keySet(), Set.copyOf(dataset.getTables().stream().map(Table::getName).toList()));
		dataset.getTables().forEach(table -> DemoFolder.file(table.getName()));
	}

	@TestFactory
	Stream<DynamicTest> columnsAreTheDemoFileHeader() {
		return dataset.getTables().stream().map(table -> DynamicTest.dynamicTest(table.getName(), () -> {
			try (CsvRecords csv = CsvRecords.openGzip(DemoFolder.file(table.getName()))) {
				List<String> header = csv.next();
				assertNotNull(header, table.getName() + ".csv.gz is empty");
				assertEquals(header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList(),
						table.getColumns().stream().map(Column::getName).toList());
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> demoValuesFitTheirColumns() {
		return dataset.getTables().stream().map(table -> DynamicTest.dynamicTest(table.getName(), () -> scan(table)));
	}

	private static void scan(Table table) throws IOException {
		Path file = DemoFolder.file(table.getName());
		List<Column> columns = table.getColumns();
		List<List<Column>> uniqueIndexes = table.getIndexes().stream().filter(Index::isUnique).map(Index::getColumns)
				.map(List::copyOf).toList();
		Map<List<Column>, Set<List<String>>> seen = new HashMap<>();
		List<String> problems = new ArrayList<>();
		long problemCount = 0;
		long records = 0;
		try (CsvRecords csv = CsvRecords.openGzip(file)) {
			csv.next();
			for (List<String> record = csv.next(); record != null; record = csv.next()) {
				records++;
				String where = file.getFileName() + ":" + csv.recordLine();
				if (record.size() != columns.size()) {
					problemCount++;
					add(problems, where + ": " + record.size() + " fields, expected " + columns.size());
					continue;
				}
				for (int i = 0; i < columns.size(); i++) {
					Column column = columns.get(i);
					Optional<String> problem = ValueFit.problem(column, record.get(i));
					if (problem.isPresent()) {
						problemCount++;
						add(problems, where + ": " + column.getName() + " " + column.getType() + " '"
								+ abbreviate(record.get(i)) + "': " + problem.get());
					}
				}
				for (List<Column> key : uniqueIndexes) {
					List<String> values = new ArrayList<>(key.size());
					for (Column column : key) {
						values.add(record.get(columns.indexOf(column)));
					}
					if (!seen.computeIfAbsent(key, k -> new HashSet<>()).add(values)) {
						problemCount++;
						add(problems, where + ": " + values + " repeats a value of a unique index");
					}
				}
			}
		}
		assertEquals(List.of(), problems, table.getName() + ": " + problemCount + " values do not fit");
		assertEquals(RECORDS.get(table.getName()), records, table.getName() + " records");
	}

	private static void add(List<String> problems, String problem) {
		if (problems.size() < LISTED_PROBLEMS) {
			problems.add(problem);
		}
	}

	private static String abbreviate(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "...";
	}
}
