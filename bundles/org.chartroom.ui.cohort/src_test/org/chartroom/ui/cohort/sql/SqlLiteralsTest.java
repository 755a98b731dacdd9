package org.chartroom.ui.cohort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.chartroom.cohort.sql.SqlPart;
import org.junit.jupiter.api.Test;

class SqlLiteralsTest {

	@Test
	void valuesReplaceTheMarksInOrder() {
		SqlPart part = new SqlPart("SELECT * FROM \"ICUSTAYS\" e WHERE e.\"LOS\" >= ? AND CAST(? AS INTEGER) < 3 AND x IN (?, ?)",
				List.of(new BigDecimal("2.50"), 18, 7L, "F"));
		assertEquals("SELECT * FROM \"ICUSTAYS\" e WHERE e.\"LOS\" >= 2.50 AND CAST(18 AS INTEGER) < 3 AND x IN (7, 'F')",
				SqlLiterals.inline(part));
	}

	@Test
	void textIsQuotedWithItsQuotesDoubledSoItStaysOneLiteral() {
		SqlPart part = new SqlPart("SELECT 1 FROM T WHERE C = ?", List.of("x' OR '1'='1"));
		assertEquals("SELECT 1 FROM T WHERE C = 'x'' OR ''1''=''1'", SqlLiterals.inline(part));
	}

	@Test
	void marksInsideQuotesAndIdentifiersAreNotParameters() {
		SqlPart part = new SqlPart("SELECT '?' AS \"A?\" FROM T WHERE C LIKE ? ESCAPE '\\'", List.of("42\\_%"));
		assertEquals("SELECT '?' AS \"A?\" FROM T WHERE C LIKE '42\\_%' ESCAPE '\\'", SqlLiterals.inline(part));
	}

	@Test
	void aValueOfAnotherTypeIsRefusedNotWrittenAsText() {
		SqlPart part = new SqlPart("SELECT ?", List.of(new Object()));
		assertThrows(IllegalArgumentException.class, () -> SqlLiterals.inline(part));
	}
}
