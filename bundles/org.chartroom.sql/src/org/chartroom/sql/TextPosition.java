package org.chartroom.sql;

/**
 * A place in SQL text.
 *
 * @param offset characters from the start of the text
 * @param line   1-based line
 * @param column 1-based column
 */
public record TextPosition(int offset, int line, int column) {

	/** The position of an offset in a text. */
	public static TextPosition of(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new TextPosition(offset, line, offset - lineStart + 1);
	}

	/** The offset of a 1-based line and column in a text, clamped to its length. */
	public static TextPosition at(String text, int line, int column) {
		int offset = 0;
		for (int l = 1; l < line && offset < text.length(); l++) {
			int next = text.indexOf('\n', offset);
			offset = next < 0 ? text.length() : next + 1;
		}
		return new TextPosition(Math.min(offset + column - 1, text.length()), line, column);
	}

	/** This position moved into a script, where the statement starts at {@code statementOffset}. */
	public TextPosition inScript(String script, int statementOffset) {
		return of(script, statementOffset + offset);
	}
}
