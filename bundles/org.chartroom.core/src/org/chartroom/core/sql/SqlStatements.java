package org.chartroom.core.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what kind of statement a piece of SQL is, without a full parser: enough to refuse a
 * change before it reaches the database. The store's read-only connection is the second line
 * of defence.
 */
public final class SqlStatements {

	/** Leading keywords of statements that change data, schema, rights or session state. */
	private static final Set<String> CHANGING = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE",
			"CREATE", "DROP", "ALTER", "TRUNCATE", "RENAME", "GRANT", "REVOKE", "CALL", "EXECUTE", "EXEC", "LOCK",
			"SET", "DECLARE", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "COPY", "VACUUM", "ANALYZE", "ATTACH",
			"DETACH", "IMPORT", "EXPORT", "LOAD", "INSTALL", "PRAGMA", "COMMENT");

	private SqlStatements() {
	}

	/** The first keyword, upper case, after blanks, comments and opening parentheses. */
	public static Optional<String> leadingKeyword(String sql) {
		int i = skipIgnorable(sql, 0);
		int start = i;
		while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
			i++;
		}
		return i > start ? Optional.of(sql.substring(start, i).toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	/**
	 * True when the statement starts with a keyword of a changing statement. Anything else goes
	 * to the database, whose read-only connection refuses what this list misses and whose parser
	 * reports typos better than a refusal would.
	 */
	public static boolean changesData(String sql) {
		return leadingKeyword(sql).map(CHANGING::contains).orElse(false);
	}

	/** True when nothing but blanks and comments is there. */
	public static boolean isEmpty(String sql) {
		return skipComments(sql, 0) >= sql.length();
	}

	private static int skipIgnorable(String sql, int from) {
		int i = from;
		while (true) {
			int next = skipComments(sql, i);
			if (next < sql.length() && sql.charAt(next) == '(') {
				i = next + 1;
			} else {
				return next;
			}
		}
	}

	private static int skipComments(String sql, int from) {
		int i = from;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = end < 0 ? sql.length() : end + 1;
			} else if (sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = end < 0 ? sql.length() : end + 2;
			} else {
				break;
			}
		}
		return i;
	}
}
