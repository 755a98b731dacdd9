package org.chartroom.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.chartroom.core.sql.SqlToken.Kind;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {

	private static String kinds(String sql) {
		return SqlTokenizer.tokenize(sql).stream().filter(t -> t.kind() != Kind.WHITESPACE)
				.map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" | "));
	}

	@Test
	void everyKindOfToken() {
		assertEquals("WORD:a | SYMBOL:= | NUMBER:1 | WORD:b | SYMBOL:>= | NUMBER:2", kinds("a = 1 b >= 2"));
		assertEquals("WORD:SELECT | WORD:c | SYMBOL:. | QUOTED_IDENTIFIER:\"Item \"\"x\"\"\" | SYMBOL:, | STRING:'it''s; -- no' "
				+ "| SYMBOL:, | NUMBER:1.5e3 | LINE_COMMENT:-- a; 'b' | BLOCK_COMMENT:/* ; */ | WORD:FROM | WORD:t | SYMBOL:<> "
				+ "| SYMBOL:;",
				kinds("SELECT c.\"Item \"\"x\"\"\", 'it''s; -- no', 1.5e3 -- a; 'b'\n/* ; */ FROM t <> ;"));
	}

	@Test
	void theTokensGiveTheTextBack() {
		String sql = "select 'open string\n -- more";
		List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
		assertEquals(sql, tokens.stream().map(SqlToken::text).collect(Collectors.joining()));
		assertTrue(tokens.get(tokens.size() - 1).isUnterminated());
		assertFalse(SqlTokenizer.tokenize("'closed'").get(0).isUnterminated());
	}

	@Test
	void identifiersAreNamedAsTheDatabaseStoresThem() {
		List<SqlToken> tokens = SqlTokenizer.significant("chartevents \"MixedCase\"");
		assertEquals("CHARTEVENTS", tokens.get(0).identifier());
		assertEquals("MixedCase", tokens.get(1).identifier());
	}
}
