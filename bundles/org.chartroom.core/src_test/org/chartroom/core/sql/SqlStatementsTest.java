package org.chartroom.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

	@Test
	void readingStatementsDoNotChangeData() {
		for (String sql : new String[] { "select * from patients", "  -- count them\n  SELECT COUNT(*) FROM PATIENTS",
				"/* a */ (SELECT 1 FROM x) UNION (SELECT 2 FROM y)", "VALUES 1", "SELEC typo", "" }) {
			assertFalse(SqlStatements.changesData(sql), sql);
		}
	}

	@Test
	void changingStatementsAreRecognised() {
		for (String sql : new String[] { "insert into t values (1)", "UPDATE t SET a = 1", "delete from t",
				"DROP TABLE patients", "create table x (a int)", "CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('A', 'B', 0)",
				"-- select\nDELETE FROM t", "(delete from t)", "set schema other" }) {
			assertTrue(SqlStatements.changesData(sql), sql);
		}
	}

	@Test
	void leadingKeywordSkipsCommentsAndParentheses() {
		assertEquals(Optional.of("INSERT"), SqlStatements.leadingKeyword("/* x */ -- y\n insert into t values (1)"));
		assertEquals(Optional.of("SELECT"), SqlStatements.leadingKeyword("((select 1))"));
		assertEquals(Optional.empty(), SqlStatements.leadingKeyword("-- only a comment"));
	}

	@Test
	void emptyMeansOnlyBlanksAndComments() {
		assertTrue(SqlStatements.isEmpty(" -- nothing\n /* here */ "));
		assertFalse(SqlStatements.isEmpty("select 1"));
	}
}
