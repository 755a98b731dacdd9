package org.chartroom.sql.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.JDBCType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.Workspace;
import org.chartroom.sql.result.CsvExport;
import org.chartroom.sql.xlsx.XlsxExport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full result to XLSX, streamed: read back and compared with SQL. */
class XlsxExportTest {

	private static Workspace workspace;

	@TempDir
	Path folder;

	@BeforeAll
	static void demo() throws Exception {
		workspace = DemoWorkspace.get();
	}

	@Test
	void allOfChartEventsWithNumbersDatesAndNullsAsSql() throws Exception {
		Path xlsx = folder.resolve("chartevents.xlsx");
		long start = System.nanoTime();
		long rows;
		try (OutputStream out = Files.newOutputStream(xlsx); XlsxExport export = new XlsxExport(out)) {
			workspace.query(DemoWorkspace.DATASET, "SELECT * FROM CHARTEVENTS", 0, export, null);
			export.finish();
			rows = export.rows();
			assertEquals(1, export.sheets());
		}
		long xlsxNanos = System.nanoTime() - start;
		assertEquals(758_355, rows);

		XlsxSheet sheet = XlsxSheet.read(xlsx, 1, 5_279_021);
		assertEquals(List.of("Result"), XlsxSheet.sheetNames(xlsx));
		assertEquals(1 + 758_355, sheet.rows(), "the header and every row");
		assertEquals(List.of("ROW_ID", "SUBJECT_ID", "HADM_ID", "ICUSTAY_ID", "ITEMID", "CHARTTIME", "STORETIME", "CGID", "VALUE",
				"VALUENUM", "VALUEUOM", "WARNING", "ERROR", "RESULTSTATUS", "STOPPED"), sheet.header());

		// The file's first row: 5279021,40124,126179,279554,223761,2130-02-04 04:00:00,2130-02-04 04:35:00,19085,95.9,95.9,?F,0,0,,
		List<Object> sql = Rows.of(workspace, "SELECT * FROM CHARTEVENTS WHERE ROW_ID = 5279021").get(0);
		List<XlsxSheet.CellValue> found = sheet.found();
		assertEquals(15, found.size(), "the row with ROW_ID 5279021 found");
		assertEquals("n", found.get(0).type());
		assertEquals(5_279_021, found.get(0).number());
		assertEquals("n", found.get(1).type());
		assertEquals(40_124, found.get(1).number());
		XlsxSheet.CellValue charttime = found.get(5);
		assertEquals("yyyy-mm-dd hh:mm:ss", charttime.format(), "a timestamp is an Excel date with a date format");
		assertEquals(LocalDateTime.of(2130, 2, 4, 4, 0), sql.get(5));
		assertEquals("n", charttime.type());
		assertEquals(excelSerial((LocalDateTime) sql.get(5)), charttime.number(), 1e-9);
		assertEquals(new XlsxSheet.CellValue("inlineStr", "95.9", ""), found.get(8), "VALUE is text");
		assertEquals("n", found.get(9).type(), "VALUENUM is a number");
		assertEquals(((Number) sql.get(9)).doubleValue(), found.get(9).number());
		assertEquals(95.9, found.get(9).number());
		assertEquals(new XlsxSheet.CellValue("inlineStr", "?F", ""), found.get(10));
		assertNull(sql.get(13));
		assertNull(sql.get(14));
		assertNull(found.get(13), "NULL is an empty cell");
		assertNull(found.get(14), "NULL is an empty cell");
		for (int i = 0; i < sql.size(); i++) {
			if (sql.get(i) == null) {
				assertNull(found.get(i), "column " + i);
			} else if (sql.get(i) instanceof Number n) {
				assertEquals("n", found.get(i).type(), "column " + i);
				assertEquals(n.doubleValue(), found.get(i).number(), "column " + i);
			}
		}

		// The CSV export of the same result, in the same run: the rates go to the benchmark (docs/benchmarks.md).
		Path csv = folder.resolve("chartevents.csv");
		start = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			CsvExport export = new CsvExport(out);
			QuerySummary summary = workspace.query(DemoWorkspace.DATASET, "SELECT * FROM CHARTEVENTS", 0, export, null);
			assertEquals(758_355, summary.rowCount());
		}
		long csvNanos = System.nanoTime() - start;
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "export-rates.txt"), String.format(
				"rows %d%nxlsx %.1f s, %.0f rows/s, %d bytes%ncsv %.1f s, %.0f rows/s, %d bytes%n", rows, xlsxNanos / 1e9,
				rows / (xlsxNanos / 1e9), Files.size(xlsx), csvNanos / 1e9, rows / (csvNanos / 1e9), Files.size(csv)));
	}

	private static double excelSerial(LocalDateTime time) {
		long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), time.toLocalDate());
		return days + time.toLocalTime().toSecondOfDay() / 86_400.0;
	}

	@Test
	void aLongResultGoesOnInTheNextSheetWithTheHeaderAgain() throws Exception {
		String sql = "SELECT ROW_ID, CHARTTIME, VALUE, VALUENUM, RESULTSTATUS FROM CHARTEVENTS WHERE SUBJECT_ID = 40124 "
				+ "ORDER BY ROW_ID FETCH FIRST 5 ROWS ONLY";
		List<List<Object>> expected = Rows.of(workspace, sql);
		assertEquals(5, expected.size());

		Path xlsx = export(sql, 2);
		assertEquals(List.of("Result", "Result (2)", "Result (3)"), XlsxSheet.sheetNames(xlsx));
		List<List<Object>> read = new ArrayList<>();
		List<Integer> rowsPerSheet = new ArrayList<>();
		for (int s = 1; s <= 3; s++) {
			XlsxSheet sheet = XlsxSheet.readAll(xlsx, s);
			assertEquals(List.of("ROW_ID", "CHARTTIME", "VALUE", "VALUENUM", "RESULTSTATUS"), sheet.header(), "sheet " + s);
			rowsPerSheet.add(sheet.all().size());
			for (List<XlsxSheet.CellValue> row : sheet.all()) {
				assertEquals("n", row.get(0).type());
				assertEquals("n", row.get(1).type());
				assertEquals("yyyy-mm-dd hh:mm:ss", row.get(1).format(), "CHARTTIME date-formatted");
				assertEquals("inlineStr", row.get(2).type());
				assertEquals("n", row.get(3).type());
				assertNull(row.get(4), "NULL RESULTSTATUS: no cell");
				read.add(List.of((int) row.get(0).number(), row.get(1).number(), row.get(2).value(), row.get(3).number()));
			}
		}
		assertEquals(List.of(2, 2, 1), rowsPerSheet);
		List<List<Object>> sqlValues = expected.stream().map(r -> List.<Object>of(((Number) r.get(0)).intValue(),
				excelSerial((LocalDateTime) r.get(1)), r.get(2), ((Number) r.get(3)).doubleValue())).toList();
		assertEquals(sqlValues.size(), read.size());
		for (int i = 0; i < read.size(); i++) {
			assertEquals(sqlValues.get(i).get(0), read.get(i).get(0));
			assertEquals((double) sqlValues.get(i).get(1), (double) read.get(i).get(1), 1e-9);
			assertEquals(sqlValues.get(i).get(2), read.get(i).get(2));
			assertEquals(sqlValues.get(i).get(3), read.get(i).get(3));
		}
		assertEquals(List.of("Result"), XlsxSheet.sheetNames(export(sql, 5)), "exactly full: one sheet");
		assertEquals(List.of("Result", "Result (2)"), XlsxSheet.sheetNames(export(sql, 4)));
	}

	private Path export(String sql, int rowsPerSheet) throws Exception {
		Path xlsx = folder.resolve("limit-" + rowsPerSheet + ".xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx); XlsxExport export = new XlsxExport(out, rowsPerSheet)) {
			workspace.query(DemoWorkspace.DATASET, sql, 0, export, null);
			export.finish();
		}
		return xlsx;
	}

	@Test
	void valuesExcelCannotHoldExactlyAreWrittenAsTheirText() throws Exception {
		Path xlsx = folder.resolve("exact.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx); XlsxExport export = new XlsxExport(out)) {
			export.columns(List.of(new ResultColumn("PERSON_ID", JDBCType.BIGINT, "BIGINT"),
					new ResultColumn("DOB", JDBCType.TIMESTAMP, "TIMESTAMP"), new ResultColumn("AMOUNT", JDBCType.DECIMAL, "DECIMAL"),
					new ResultColumn("NOTE", JDBCType.VARCHAR, "VARCHAR")));
			export.row(new Object[] { -3_210_373_572_193_940_939L, LocalDateTime.of(1844, 7, 18, 0, 0),
					new BigDecimal("12345678901234567.5"), "x".repeat(40_000) });
			export.row(new Object[] { 10_006L, LocalDateTime.of(2094, 3, 5, 0, 0), new BigDecimal("20.0000004"), "" });
			export.finish();
			assertEquals(1, export.truncatedCells());
		}
		List<List<XlsxSheet.CellValue>> rows = XlsxSheet.readAll(xlsx, 1).all();
		List<XlsxSheet.CellValue> first = rows.get(0);
		assertEquals(new XlsxSheet.CellValue("inlineStr", "-3210373572193940939", ""), first.get(0),
				"beyond 2^53: text, every digit kept");
		assertEquals(new XlsxSheet.CellValue("inlineStr", "1844-07-18 00:00:00", ""), first.get(1), "before 1900: text as in CSV");
		assertEquals(new XlsxSheet.CellValue("inlineStr", "12345678901234567.5", ""), first.get(2));
		assertEquals(32_767, first.get(3).value().length());
		List<XlsxSheet.CellValue> second = rows.get(1);
		assertEquals("n", second.get(0).type());
		assertEquals(10_006.0, second.get(0).number());
		assertEquals("yyyy-mm-dd hh:mm:ss", second.get(1).format());
		assertEquals(excelSerial(LocalDateTime.of(2094, 3, 5, 0, 0)), second.get(1).number(), 1e-9);
		assertEquals(20.0000004, second.get(2).number());
		assertEquals(new XlsxSheet.CellValue("inlineStr", "", ""), second.get(3), "an empty string is an empty text cell, unlike NULL");
	}
}
