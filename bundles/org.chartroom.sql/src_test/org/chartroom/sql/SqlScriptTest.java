package org.chartroom.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

	private static final String SCRIPT = "SELECT 'a;b' FROM t; -- one; two\n"
			+ "SELECT \"x;y\" /* ; */ FROM u;\n\n"
			+ "  VALUES 1\n";

	@Test
	void splitsAtSemicolonsOutsideQuotesAndComments() {
		List<SqlStatement> statements = SqlScript.statements(SCRIPT);
		assertEquals(List.of("SELECT 'a;b' FROM t", "-- one; two\nSELECT \"x;y\" /* ; */ FROM u", "VALUES 1"),
				statements.stream().map(SqlStatement::sql).toList());
		assertEquals(SCRIPT.indexOf("VALUES"), statements.get(2).offset());
		assertEquals(List.of(), SqlScript.statements(" ; -- nothing\n;"));
	}

	@Test
	void theStatementUnderTheCaret() {
		assertEquals("SELECT 'a;b' FROM t", at(0));
		assertEquals("SELECT 'a;b' FROM t", at(SCRIPT.indexOf("a;b") + 2), "a ; in a string does not split");
		assertEquals("SELECT 'a;b' FROM t", at(SCRIPT.indexOf(';', 10) + 1), "just after the ; on its line");
		assertEquals("-- one; two\nSELECT \"x;y\" /* ; */ FROM u", at(SCRIPT.indexOf("FROM u")));
		assertEquals("VALUES 1", at(SCRIPT.indexOf("VALUES")));
		assertEquals("VALUES 1", at(SCRIPT.length()), "the blank end of the script");
		assertEquals("VALUES 1", at(SCRIPT.indexOf("\n\n") + 1), "a blank line before a statement means that statement");
		assertEquals(Optional.empty(), SqlScript.statementAt("  -- only a comment", 3));
	}

	private static String at(int caret) {
		return SqlScript.statementAt(SCRIPT, caret).map(SqlStatement::sql).orElse("<none>");
	}

	@Test
	void errorsPointIntoTheStatement() {
		String sql = "SELECT *\nFROM CHARTEVENTS\nWHERE ITEMD = 211";
		assertEquals(Optional.of(new TextPosition(sql.indexOf("ITEMD"), 3, 7)),
				SqlErrorLocator.locate(sql, "Column 'ITEMD' is either not in any table in the FROM list or appears within a join "
						+ "specification and is outside the scope of the join specification or appears in a HAVING clause and is not in "
						+ "the GROUP BY list. If this is a CREATE or ALTER TABLE  statement then 'ITEMD' is not a column in the target table."));
		assertEquals(Optional.of(new TextPosition(sql.indexOf("FROM"), 2, 1)),
				SqlErrorLocator.locate(sql, "Syntax error: Encountered \"FROM\" at line 2, column 1."));
		assertEquals(Optional.of(new TextPosition(sql.indexOf("CHARTEVENTS"), 2, 6)),
				SqlErrorLocator.locate(sql, "Table/View 'DS_1.CHARTEVENTS' does not exist."));
		assertEquals(Optional.empty(), SqlErrorLocator.locate(sql, "Division by zero."));
		assertEquals(new TextPosition(27, 4, 3), new TextPosition(2, 1, 3).inScript("SELECT 1;\nSELECT 2;\n-- x\nSELECT 3", 25));
	}
}
