package org.chartroom.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

	@Test
	void followsTheContract() throws Exception {
		StringWriter text = new StringWriter();
		ResultWriter writer = ResultFormat.csv.writer(new PrintWriter(text));
		writer.columns(List.of(new ResultColumn("SUBJECT_ID", JDBCType.INTEGER, "INTEGER"),
				new ResultColumn("DIAGNOSIS", JDBCType.VARCHAR, "VARCHAR"),
				new ResultColumn("CHARTTIME", JDBCType.TIMESTAMP, "TIMESTAMP"),
				new ResultColumn("VALUENUM", JDBCType.DECIMAL, "DECIMAL"),
				new ResultColumn("DOB", JDBCType.DATE, "DATE")));
		writer.row(new Object[] { 10006, "SEPSIS", LocalDateTime.of(2164, 10, 23, 21, 9), new BigDecimal("70.50"),
				LocalDate.of(2094, 3, 5) });
		writer.row(new Object[] { 10011, "", LocalDateTime.of(2126, 8, 14, 22, 32, 5, 120_000_000), null, null });
		writer.row(new Object[] { 10013, " MITRAL REGURGITATION;CORONARY ARTERY DISEASE\\\"CABG\"", null,
				new BigDecimal("-1"), null });
		writer.row(new Object[] { 10017, "a,b\nc", null, null, null });
		writer.finish(new QuerySummary(4, false, Duration.ZERO));
		assertEquals("SUBJECT_ID,DIAGNOSIS,CHARTTIME,VALUENUM,DOB\r\n"
				+ "10006,SEPSIS,2164-10-23 21:09:00,70.50,2094-03-05\r\n"
				+ "10011,\"\",2126-08-14 22:32:05.12,,\r\n"
				+ "10013,\" MITRAL REGURGITATION;CORONARY ARTERY DISEASE\\\"\"CABG\"\"\",,-1,\r\n"
				+ "10017,\"a,b\nc\",,,\r\n", text.toString());
	}
}
