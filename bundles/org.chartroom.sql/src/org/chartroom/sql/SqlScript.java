package org.chartroom.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.sql.SqlStatements;
import org.chartroom.core.sql.SqlToken;
import org.chartroom.core.sql.SqlTokenizer;

/**
 * Splits a script into statements at each {@code ;} that is not inside a string, a quoted
 * identifier or a comment. Pieces holding nothing but blanks and comments are no statements.
 */
public final class SqlScript {

	private SqlScript() {
	}

	/** The statements of the script, in order. */
	public static List<SqlStatement> statements(String script) {
		List<SqlStatement> statements = new ArrayList<>();
		int start = 0;
		for (SqlToken token : SqlTokenizer.tokenize(script)) {
			if (token.isSymbol(";")) {
				add(statements, script, start, token.offset());
				start = token.end();
			}
		}
		add(statements, script, start, script.length());
		return statements;
	}

	/**
	 * The statement the caret is in. A caret after a statement's {@code ;} on the same line still
	 * means that statement, as does a caret in the blank end of the script; otherwise a caret
	 * between statements means the next one.
	 */
	public static Optional<SqlStatement> statementAt(String script, int caret) {
		List<Piece> pieces = pieces(script);
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			if (caret > piece.end) {
				continue;
			}
			Optional<SqlStatement> here = statement(script, piece.start, piece.end);
			if (here.isPresent() && caret >= here.get().offset()) {
				return here;
			}
			// before the statement's first word: the previous statement when the caret is still on its line
			if (i > 0 && script.substring(pieces.get(i - 1).end, caret).indexOf('\n') < 0) {
				Optional<SqlStatement> previous = statement(script, pieces.get(i - 1).start, pieces.get(i - 1).end);
				if (previous.isPresent()) {
					return previous;
				}
			}
			if (here.isPresent()) {
				return here;
			}
			return i > 0 ? statement(script, pieces.get(i - 1).start, pieces.get(i - 1).end) : Optional.empty();
		}
		return pieces.isEmpty() ? Optional.empty()
				: statement(script, pieces.get(pieces.size() - 1).start, pieces.get(pieces.size() - 1).end);
	}

	/**
	 * The raw text between the separators around the caret, untrimmed: what completion reads,
	 * since the caret may sit in blanks a trimmed statement would not hold.
	 */
	public static SqlStatement segmentAt(String script, int caret) {
		for (Piece piece : pieces(script)) {
			if (caret <= piece.end) {
				return new SqlStatement(piece.start, script.substring(piece.start, piece.end));
			}
		}
		return new SqlStatement(script.length(), "");
	}

	/** Text between separators; {@code end} is the offset of the {@code ;} (or the script's end). */
	private record Piece(int start, int end) {
	}

	private static List<Piece> pieces(String script) {
		List<Piece> pieces = new ArrayList<>();
		int start = 0;
		for (SqlToken token : SqlTokenizer.tokenize(script)) {
			if (token.isSymbol(";")) {
				pieces.add(new Piece(start, token.offset()));
				start = token.end();
			}
		}
		pieces.add(new Piece(start, script.length()));
		return pieces;
	}

	private static void add(List<SqlStatement> statements, String script, int start, int end) {
		statement(script, start, end).ifPresent(statements::add);
	}

	private static Optional<SqlStatement> statement(String script, int start, int end) {
		String piece = script.substring(start, end);
		if (SqlStatements.isEmpty(piece)) {
			return Optional.empty();
		}
		int lead = 0;
		while (lead < piece.length() && Character.isWhitespace(piece.charAt(lead))) {
			lead++;
		}
		return Optional.of(new SqlStatement(start + lead, piece.strip()));
	}
}
