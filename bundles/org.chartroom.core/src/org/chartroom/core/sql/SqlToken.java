package org.chartroom.core.sql;

import java.util.Locale;

/**
 * One lexical piece of SQL text.
 *
 * @param kind   what it is
 * @param offset where it starts in the text
 * @param text   its characters exactly as written
 */
public record SqlToken(Kind kind, int offset, String text) {

	/** The kinds of tokens {@link SqlTokenizer} tells apart. */
	public enum Kind {
		/** A keyword or an unquoted identifier: letters, digits, {@code _}, {@code $}. */
		WORD,
		/** A {@code "quoted identifier"}. */
		QUOTED_IDENTIFIER,
		/** A {@code 'string literal'}. */
		STRING,
		NUMBER,
		/** Punctuation and operators, one or two characters: {@code ( ) , ; . = <> <= >= || *}. */
		SYMBOL,
		LINE_COMMENT,
		BLOCK_COMMENT,
		WHITESPACE
	}

	public int end() {
		return offset + text.length();
	}

	/** True for tokens that carry meaning: neither blanks nor comments. */
	public boolean isSignificant() {
		return kind != Kind.WHITESPACE && kind != Kind.LINE_COMMENT && kind != Kind.BLOCK_COMMENT;
	}

	/** True for a word equal to this keyword, in any letter case. */
	public boolean is(String keyword) {
		return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
	}

	/** True for this symbol. */
	public boolean isSymbol(String symbol) {
		return kind == Kind.SYMBOL && text.equals(symbol);
	}

	/** The word upper case, or a quoted identifier without its quotes, as the database names it. */
	public String identifier() {
		if (kind == Kind.QUOTED_IDENTIFIER) {
			String inner = text.length() >= 2 && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text.substring(1);
			return inner.replace("\"\"", "\"");
		}
		return text.toUpperCase(Locale.ROOT);
	}

	/** True when the text was cut off by the end of the input: a string or comment left open. */
	public boolean isUnterminated() {
		return switch (kind) {
		case STRING -> text.length() < 2 || !text.endsWith("'") || unevenQuotes('\'');
		case QUOTED_IDENTIFIER -> text.length() < 2 || !text.endsWith("\"") || unevenQuotes('"');
		case BLOCK_COMMENT -> text.length() < 4 || !text.endsWith("*/");
		default -> false;
		};
	}

	private boolean unevenQuotes(char quote) {
		return text.chars().filter(c -> c == quote).count() % 2 != 0;
	}
}
