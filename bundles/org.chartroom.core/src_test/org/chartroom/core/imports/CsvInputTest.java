package org.chartroom.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Dataset;
import org.junit.jupiter.api.Test;

/** The CSV format the import reads with: NULL versus empty string, whitespace kept, physical line numbers. */
class CsvInputTest {

	private static List<CSVRecord> parse(String text, List<Long> startLines) throws Exception {
		List<CSVRecord> records = new ArrayList<>();
		try (CSVParser parser = CsvInput.FORMAT.parse(new StringReader(text))) {
			Iterator<CSVRecord> it = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!it.hasNext()) {
					break;
				}
				records.add(it.next());
				startLines.add(line);
			}
		}
		return records;
	}

	@Test
	void anEmptyUnquotedFieldIsNullAndAQuotedOneIsEmpty() throws Exception {
		List<CSVRecord> records = parse("a,b,c,d\n,\"\", x ,NA\n", new ArrayList<>());
		CSVRecord row = records.get(1);
		assertNull(row.get(0));
		assertEquals("", row.get(1));
		assertEquals(" x ", row.get(2), "whitespace is data");
		assertEquals("NA", row.get(3), "NA is data");
	}

	@Test
	void quotedCommasQuotesAndNewlinesAndTheLineWhereEachRecordStarts() throws Exception {
		List<Long> lines = new ArrayList<>();
		List<CSVRecord> records = parse("h1,h2\n1,\"a, \"\"b\"\"\"\n2,\"two\nlines\"\n3,\r\n4,last", lines);
		assertEquals(5, records.size());
		assertEquals("a, \"b\"", records.get(1).get(1));
		assertEquals("two\nlines", records.get(2).get(1));
		assertNull(records.get(3).get(1));
		assertEquals("last", records.get(4).get(1));
		assertEquals(List.of(1L, 2L, 3L, 5L, 6L), lines);
	}

	@Test
	void fileNamesMapToTablesIgnoringCaseAndCompression() {
		Connector connector = new Connector() {
			@Override
			public String id() {
				return "test";
			}

			@Override
			public String displayName() {
				return "Test";
			}

			@Override
			public Dataset schema() {
				throw new UnsupportedOperationException();
			}
		};
		assertEquals(Optional.of("ADMISSIONS"), connector.tableForFile("ADMISSIONS.csv.gz"));
		assertEquals(Optional.of("D_ITEMS"), connector.tableForFile("d_items.CSV"));
		assertEquals(Optional.of("PATIENTS"), connector.tableForFile("Patients.Csv.Gz"));
		assertFalse(connector.tableForFile("COUNTS.md").isPresent());
		assertFalse(connector.tableForFile(".csv").isPresent());
	}
}
