package org.chartroom.sql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartroom.core.sql.SqlToken;
import org.chartroom.core.sql.SqlTokenizer;

/**
 * Finds where in a statement the database's error points. Derby names a line and column for
 * syntax errors ({@code at line 1, column 13}); for an unknown column, table or function it
 * names the object in quotes ({@code Column 'FOO' is either not in any table...}), which is
 * then looked for among the statement's names.
 */
public final class SqlErrorLocator {

	private static final Pattern LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");
	private static final Pattern QUOTED_NAME = Pattern.compile("'([^']+)'");

	private SqlErrorLocator() {
	}

	/** The position in {@code sql}, the statement as it was sent, that the message points at. */
	public static Optional<TextPosition> locate(String sql, String message) {
		Matcher lineColumn = LINE_COLUMN.matcher(message);
		if (lineColumn.find()) {
			return Optional.of(TextPosition.at(sql, Integer.parseInt(lineColumn.group(1)), Integer.parseInt(lineColumn.group(2))));
		}
		Matcher quoted = QUOTED_NAME.matcher(message);
		while (quoted.find()) {
			String name = quoted.group(1);
			String last = name.substring(name.lastIndexOf('.') + 1);
			for (SqlToken token : SqlTokenizer.significant(sql)) {
				if ((token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)
						&& (token.identifier().equals(last) || token.text().equalsIgnoreCase(last))) {
					return Optional.of(TextPosition.of(sql, token.offset()));
				}
			}
		}
		return Optional.empty();
	}
}
