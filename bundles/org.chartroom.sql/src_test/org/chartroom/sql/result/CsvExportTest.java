package org.chartroom.sql.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.LocalDateTime;
import java.util.List;

import org.chartroom.core.store.ResultColumn;
import org.junit.jupiter.api.Test;

class CsvExportTest {

	@Test
	void writesTheContractsCsv() throws Exception {
		StringWriter out = new StringWriter();
		CsvExport csv = new CsvExport(out);
		csv.columns(List.of(new ResultColumn("A", JDBCType.VARCHAR, "VARCHAR"), new ResultColumn("B", JDBCType.TIMESTAMP, "TIMESTAMP"),
				new ResultColumn("C", JDBCType.DECIMAL, "DECIMAL")));
		csv.row(new Object[] { "x, \"y\"", LocalDateTime.of(2101, 10, 20, 19, 8), new BigDecimal("1E+3") });
		csv.row(new Object[] { "", LocalDateTime.of(2101, 10, 20, 19, 8, 0, 500_000_000), null });
		assertEquals("A,B,C\r\n\"x, \"\"y\"\"\",2101-10-20 19:08:00,1000\r\n\"\",2101-10-20 19:08:00.5,\r\n", out.toString());
		assertEquals(2, csv.rows());
	}
}
