package org.chartroom.synthetic.mimic3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ColumnType;
import org.chartroom.model.warehouse.PrimaryKey;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One table's gzip file: the model's header, RFC 4180 fields, numbered rows, values checked against the model. */
class TableFileTest {

	@TempDir
	Path folder;

	/** NOTES(ROW_ID INTEGER NOT NULL, SUBJECT_ID INTEGER NOT NULL, CATEGORY VARCHAR(10), TEXT CLOB), keyed by ROW_ID. */
	private static Table notes() {
		WarehouseFactory factory = WarehouseFactory.eINSTANCE;
		Table table = factory.createTable();
		table.setName("NOTES");
		table.getColumns().add(column("ROW_ID", ColumnType.INTEGER, 0, false));
		table.getColumns().add(column("SUBJECT_ID", ColumnType.INTEGER, 0, false));
		table.getColumns().add(column("CATEGORY", ColumnType.VARCHAR, 10, true));
		table.getColumns().add(column("TEXT", ColumnType.CLOB, 0, true));
		PrimaryKey key = factory.createPrimaryKey();
		key.getColumns().add(table.getColumns().get(0));
		table.setPrimaryKey(key);
		return table;
	}

	private static Column column(String name, ColumnType type, int length, boolean nullable) {
		Column column = WarehouseFactory.eINSTANCE.createColumn();
		column.setName(name);
		column.setType(type);
		column.setLength(length);
		column.setNullable(nullable);
		return column;
	}

	private static String read(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void writesTheModelsHeaderAndNumbersTheRowsInTheModelsColumnOrder() throws IOException {
		Path file = folder.resolve("NOTES.csv.gz");
		try (TableFile table = new TableFile(notes(), file)) {
			TableFile.Rows rows = table.rows("TEXT", "SUBJECT_ID");
			rows.add("plain", "7");
			rows.add("two\nlines, a comma and \"quotes\"", "8");
			rows.add(null, "9");
			rows.add("", "10");
			assertEquals(4, rows.count());
		}
		assertEquals("ROW_ID,SUBJECT_ID,CATEGORY,TEXT\n"
				+ "1,7,,plain\n"
				+ "2,8,,\"two\nlines, a comma and \"\"quotes\"\"\"\n"
				+ "3,9,,\n"
				+ "4,10,,\"\"\n", read(file), "NULL is an empty field, the empty string is \"\"");
	}

	@Test
	void theGzipHeaderHasNoTimeSoTheSameRowsGiveTheSameBytes() throws IOException {
		Path first = folder.resolve("a.csv.gz");
		Path second = folder.resolve("b.csv.gz");
		for (Path file : new Path[] { first, second }) {
			try (TableFile table = new TableFile(notes(), file)) {
				table.rows("SUBJECT_ID", "CATEGORY").add("1", "Radiology");
			}
		}
		byte[] bytes = Files.readAllBytes(first);
		assertArrayEquals(new byte[4], Arrays.copyOfRange(bytes, 4, 8), "MTIME is zero");
		assertEquals(-1, Files.mismatch(first, second));
	}

	@Test
	void aValueTheImporterWouldRefuseFailsAtOnce() throws IOException {
		try (TableFile table = new TableFile(notes(), folder.resolve("NOTES.csv.gz"))) {
			TableFile.Rows rows = table.rows("SUBJECT_ID", "CATEGORY");
			IllegalStateException empty = assertThrows(IllegalStateException.class, () -> rows.add(null, "Radiology"));
			assertEquals("NOTES row 1: SUBJECT_ID is NOT NULL but empty", empty.getMessage());
			IllegalStateException tooLong = assertThrows(IllegalStateException.class, () -> rows.add("1", "Discharge summary"));
			assertTrue(tooLong.getMessage().startsWith("NOTES row 1: CATEGORY holds at most 10 characters"), tooLong.getMessage());
		}
	}

	@Test
	void aColumnOrderThatDriftedFromTheModelFailsAtOnce() throws IOException {
		try (TableFile table = new TableFile(notes(), folder.resolve("NOTES.csv.gz"))) {
			assertEquals("The generator writes column AUTHOR, which table NOTES of the model does not have",
					assertThrows(IllegalStateException.class, () -> table.rows("SUBJECT_ID", "AUTHOR")).getMessage());
			assertEquals("Table NOTES requires column SUBJECT_ID, which the generator does not fill",
					assertThrows(IllegalStateException.class, () -> table.rows("TEXT")).getMessage());
			assertEquals("NOTES.ROW_ID is numbered by the writer",
					assertThrows(IllegalStateException.class, () -> table.rows("ROW_ID", "SUBJECT_ID")).getMessage());
		}
	}
}
