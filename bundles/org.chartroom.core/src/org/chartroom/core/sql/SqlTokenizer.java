package org.chartroom.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chartroom.core.sql.SqlToken.Kind;

/**
 * Splits SQL text into tokens without parsing it: enough to find statements, names and
 * comments. Every character belongs to exactly one token, so the tokens put together give the
 * text back; a string or comment left open runs to the end of the text.
 */
public final class SqlTokenizer {

	private static final Set<String> TWO_CHAR_SYMBOLS = Set.of("<>", "<=", ">=", "!=", "||", "::");

	private SqlTokenizer() {
	}

	public static List<SqlToken> tokenize(String sql) {
		List<SqlToken> tokens = new ArrayList<>();
		int i = 0;
		int n = sql.length();
		while (i < n) {
			int start = i;
			char c = sql.charAt(i);
			Kind kind;
			if (Character.isWhitespace(c)) {
				while (i < n && Character.isWhitespace(sql.charAt(i))) {
					i++;
				}
				kind = Kind.WHITESPACE;
			} else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = end < 0 ? n : end;
				kind = Kind.LINE_COMMENT;
			} else if (sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
				kind = Kind.BLOCK_COMMENT;
			} else if (c == '\'' || c == '"') {
				i = quotedEnd(sql, i, c);
				kind = c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
			} else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
				i = numberEnd(sql, i);
				kind = Kind.NUMBER;
			} else if (isWordStart(c)) {
				while (i < n && isWordPart(sql.charAt(i))) {
					i++;
				}
				kind = Kind.WORD;
			} else {
				i += i + 1 < n && TWO_CHAR_SYMBOLS.contains(sql.substring(i, i + 2)) ? 2 : 1;
				kind = Kind.SYMBOL;
			}
			tokens.add(new SqlToken(kind, start, sql.substring(start, i)));
		}
		return tokens;
	}

	/** The significant tokens only: no blanks, no comments. */
	public static List<SqlToken> significant(String sql) {
		return tokenize(sql).stream().filter(SqlToken::isSignificant).toList();
	}

	public static boolean isWordStart(char c) {
		return Character.isLetter(c) || c == '_';
	}

	public static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	/** After the closing quote; a doubled quote inside is part of the text. */
	private static int quotedEnd(String sql, int from, char quote) {
		int i = from + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

	private static int numberEnd(String sql, int from) {
		int i = from;
		int n = sql.length();
		while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
			i++;
		}
		if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
			int j = i + 1;
			if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
				j++;
			}
			if (j < n && Character.isDigit(sql.charAt(j))) {
				i = j;
				while (i < n && Character.isDigit(sql.charAt(i))) {
					i++;
				}
			}
		}
		return i;
	}
}
