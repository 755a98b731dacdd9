package org.chartroom.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;
import org.junit.jupiter.api.Test;

class JsonResultWriterTest {

	@Test
	void numbersStayNumbersAndNullIsNull() throws Exception {
		StringWriter text = new StringWriter();
		ResultWriter writer = ResultFormat.json.writer(new PrintWriter(text));
		writer.columns(List.of(new ResultColumn("PERSON_ID", JDBCType.BIGINT, "BIGINT"),
				new ResultColumn("V", JDBCType.DECIMAL, "DECIMAL"), new ResultColumn("T", JDBCType.TIMESTAMP, "TIMESTAMP"),
				new ResultColumn("S", JDBCType.VARCHAR, "VARCHAR")));
		writer.row(new Object[] { -3210373572193940939L, new BigDecimal("70.50"), LocalDateTime.of(2110, 1, 2, 3, 4, 5), "NA" });
		writer.row(new Object[] { 1L, null, null, "" });
		writer.finish(new QuerySummary(2, false, Duration.ZERO));
		assertEquals("{\"columns\":[{\"name\":\"PERSON_ID\",\"type\":\"BIGINT\"},{\"name\":\"V\",\"type\":\"DECIMAL\"},"
				+ "{\"name\":\"T\",\"type\":\"TIMESTAMP\"},{\"name\":\"S\",\"type\":\"VARCHAR\"}],"
				+ "\"rows\":[[-3210373572193940939,70.50,\"2110-01-02 03:04:05\",\"NA\"],[1,null,null,\"\"]],\"rowCount\":2}"
				+ System.lineSeparator(), text.toString());
	}
}
