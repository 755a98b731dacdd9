package org.chartroom.core.sql;

import java.util.List;
import java.util.Set;

/**
 * Tells the statements that change only the workspace's scratch schema from those that could
 * change a dataset. Datasets stay read-only; users keep their own tables in {@value #SCHEMA},
 * naming it explicitly ({@code CREATE TABLE SCRATCH.MY_COHORT ...},
 * {@code INSERT INTO SCRATCH.MY_COHORT SELECT ... FROM PATIENTS}).
 *
 * <p>Allowed: {@code CREATE TABLE}, {@code CREATE [UNIQUE] INDEX ... ON}, {@code DROP TABLE},
 * {@code DROP INDEX}, {@code ALTER TABLE}, {@code TRUNCATE TABLE}, {@code INSERT INTO},
 * {@code UPDATE} and {@code DELETE FROM}, each on a name qualified with {@value #SCHEMA}. Views,
 * triggers, routines and foreign keys ({@code REFERENCES}) are refused even there: each would
 * tie a scratch object to a dataset's tables, and a dataset must stay free to be replaced.
 */
public final class ScratchWrites {

	/** The schema of the user's own tables, one per workspace. */
	public static final String SCHEMA = "SCRATCH";

	private static final Set<String> TYING_WORDS = Set.of("REFERENCES", "VIEW", "TRIGGER", "FUNCTION", "PROCEDURE",
			"SYNONYM", "SEQUENCE", "SCHEMA");

	private ScratchWrites() {
	}

	/** True when the statement changes only tables of the scratch schema, in the forms listed above. */
	public static boolean changesOnlyScratch(String sql) {
		List<SqlToken> tokens = SqlTokenizer.significant(sql);
		if (tokens.stream().anyMatch(t -> t.kind() == SqlToken.Kind.WORD && TYING_WORDS.contains(t.identifier()))
				|| tokens.stream().anyMatch(t -> t.isSymbol(";"))) {
			return false;
		}
		Cursor at = new Cursor(tokens);
		if (at.take("CREATE")) {
			if (at.take("TABLE")) {
				return at.scratchName();
			}
			at.take("UNIQUE");
			return at.take("INDEX") && at.scratchName() && at.take("ON") && at.scratchName();
		}
		if (at.take("DROP")) {
			return (at.take("TABLE") || at.take("INDEX")) && at.scratchName();
		}
		if (at.take("ALTER") || at.take("TRUNCATE")) {
			return at.take("TABLE") && at.scratchName();
		}
		if (at.take("INSERT")) {
			return at.take("INTO") && at.scratchName();
		}
		if (at.take("DELETE")) {
			return at.take("FROM") && at.scratchName();
		}
		return at.take("UPDATE") && at.scratchName();
	}

	/** Reads the tokens front to back. */
	private static final class Cursor {

		private final List<SqlToken> tokens;
		private int next;

		Cursor(List<SqlToken> tokens) {
			this.tokens = tokens;
		}

		boolean take(String keyword) {
			if (next < tokens.size() && tokens.get(next).is(keyword)) {
				next++;
				return true;
			}
			return false;
		}

		/** {@code SCRATCH.name}, the schema unquoted or quoted. */
		boolean scratchName() {
			if (next + 3 > tokens.size()) {
				return false;
			}
			SqlToken schema = tokens.get(next);
			SqlToken dot = tokens.get(next + 1);
			SqlToken name = tokens.get(next + 2);
			boolean ok = isName(schema) && SCHEMA.equals(schema.identifier()) && dot.isSymbol(".") && isName(name);
			next += 3;
			return ok;
		}

		private static boolean isName(SqlToken token) {
			return token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
		}
	}
}
