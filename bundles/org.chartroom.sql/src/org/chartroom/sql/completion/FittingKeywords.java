package org.chartroom.sql.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.sql.SqlToken;

/**
 * The keywords that may come next in a statement, from the tokens before the caret: what follows
 * {@code ORDER} ({@code BY}), a table in a FROM list ({@code WHERE}, {@code JOIN}, …), a condition
 * ({@code AND}, {@code OR}, …). A rough reading of the grammar, enough to offer a short list when
 * nothing is typed yet; it never rejects what the user types.
 */
final class FittingKeywords {

	/**
	 * The keywords in order of likelihood, and whether only keywords fit (after {@code ORDER} a
	 * column name cannot come; after {@code WHERE} it can).
	 */
	record Fit(List<String> keywords, boolean only) {

		static final Fit NONE = new Fit(List.of(), false);

		static Fit only(String... keywords) {
			return new Fit(List.of(keywords), true);
		}

		static Fit also(String... keywords) {
			return new Fit(List.of(keywords), false);
		}
	}

	private static final Fit STATEMENT_START = Fit.only("SELECT", "VALUES", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP");

	/** Keywords after which the next word is fixed, or nearly. */
	private static final Map<String, Fit> AFTER_KEYWORD = Map.ofEntries(Map.entry("ORDER", Fit.only("BY")),
			Map.entry("GROUP", Fit.only("BY")), Map.entry("PARTITION", Fit.only("BY")),
			Map.entry("LEFT", Fit.only("OUTER", "JOIN")), Map.entry("RIGHT", Fit.only("OUTER", "JOIN")),
			Map.entry("FULL", Fit.only("OUTER", "JOIN")), Map.entry("INNER", Fit.only("JOIN")),
			Map.entry("OUTER", Fit.only("JOIN")), Map.entry("CROSS", Fit.only("JOIN")), Map.entry("NATURAL", Fit.only("JOIN")),
			Map.entry("IS", Fit.only("NULL", "NOT", "TRUE", "FALSE")), Map.entry("FETCH", Fit.only("FIRST", "NEXT")),
			Map.entry("INSERT", Fit.only("INTO")), Map.entry("DELETE", Fit.only("FROM")),
			Map.entry("CREATE", Fit.only("TABLE", "VIEW", "INDEX")), Map.entry("DROP", Fit.only("TABLE", "VIEW", "INDEX")),
			Map.entry("ALTER", Fit.only("TABLE")), Map.entry("UNION", Fit.only("ALL", "SELECT", "VALUES")),
			Map.entry("EXCEPT", Fit.only("ALL", "SELECT", "VALUES")), Map.entry("INTERSECT", Fit.only("ALL", "SELECT", "VALUES")),
			Map.entry("SELECT", Fit.also("DISTINCT", "ALL", "CASE")), Map.entry("DISTINCT", Fit.also("CASE")),
			Map.entry("WHERE", Fit.also("NOT", "EXISTS", "CASE")), Map.entry("AND", Fit.also("NOT", "EXISTS", "CASE")),
			Map.entry("OR", Fit.also("NOT", "EXISTS", "CASE")), Map.entry("HAVING", Fit.also("NOT", "EXISTS", "CASE")),
			Map.entry("ON", Fit.also("NOT", "EXISTS")), Map.entry("CASE", Fit.also("WHEN")),
			Map.entry("WHEN", Fit.also("NOT", "CASE")), Map.entry("THEN", Fit.also("CASE", "NULL")),
			Map.entry("ELSE", Fit.also("CASE", "NULL")));

	/** Keywords that end a value, like a column name does. */
	private static final Set<String> VALUE_WORDS = Set.of("NULL", "TRUE", "FALSE", "END", "ASC", "DESC", "ONLY",
			"CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP");

	/** Words that start a clause of a query, the context of what follows them. */
	private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "JOIN", "ON", "WHERE", "GROUP", "HAVING", "ORDER",
			"FETCH", "OFFSET", "VALUES", "SET", "INTO", "UPDATE");

	private static final List<String> AFTER_TABLE = List.of("WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "GROUP", "ORDER",
			"FETCH", "OFFSET", "UNION");

	private FittingKeywords() {
	}

	/**
	 * @param before  the significant tokens of the statement before the word at the caret
	 * @param keywords the dialect's keywords: other words are names
	 */
	static Fit after(List<SqlToken> before, Set<String> keywords) {
		if (before.isEmpty()) {
			return STATEMENT_START;
		}
		SqlToken last = before.get(before.size() - 1);
		Optional<SqlToken> beforeLast = before.size() > 1 ? Optional.of(before.get(before.size() - 2)) : Optional.empty();
		if (last.isSymbol("(")) {
			return Fit.also("SELECT", "VALUES");
		}
		if (last.kind() == SqlToken.Kind.SYMBOL && !last.isSymbol(")") && !last.isSymbol("*")) {
			return Fit.NONE;
		}
		if (last.kind() == SqlToken.Kind.WORD && keywords.contains(last.identifier()) && !VALUE_WORDS.contains(last.identifier())) {
			return afterKeyword(before, last, beforeLast);
		}
		return afterValue(before, last, beforeLast);
	}

	private static Fit afterKeyword(List<SqlToken> before, SqlToken last, Optional<SqlToken> beforeLast) {
		String word = last.identifier();
		Optional<String> clause = clause(before);
		if (word.equals("NOT")) {
			if (beforeLast.filter(t -> t.is("IS")).isPresent()) {
				return Fit.only("NULL", "TRUE", "FALSE");
			}
			return beforeLast.filter(FittingKeywords::endsValue).isPresent() ? Fit.only("IN", "LIKE", "BETWEEN")
					: Fit.also("EXISTS");
		}
		if ((word.equals("FIRST") || word.equals("NEXT")) && clause.filter("FETCH"::equals).isPresent()) {
			return Fit.only("ROWS", "ROW");
		}
		if (word.equals("ROW") || word.equals("ROWS")) {
			if (clause.filter("FETCH"::equals).isPresent()) {
				return Fit.only("ONLY");
			}
			if (clause.filter("OFFSET"::equals).isPresent()) {
				return Fit.only("FETCH");
			}
		}
		if (word.equals("ALL") && beforeLast.filter(t -> t.is("UNION") || t.is("EXCEPT") || t.is("INTERSECT")).isPresent()) {
			return Fit.only("SELECT", "VALUES");
		}
		return AFTER_KEYWORD.getOrDefault(word, Fit.NONE);
	}

	private static boolean endsValue(SqlToken token) {
		return switch (token.kind()) {
		case WORD, QUOTED_IDENTIFIER, NUMBER, STRING -> true;
		case SYMBOL -> token.isSymbol(")");
		default -> false;
		};
	}

	/** After a name, a number, a string or a closing parenthesis: what continues the clause, or starts the next. */
	private static Fit afterValue(List<SqlToken> before, SqlToken last, Optional<SqlToken> beforeLast) {
		Optional<String> caseWord = openCase(before);
		if (caseWord.isPresent()) {
			return switch (caseWord.get()) {
			case "WHEN" -> Fit.only("THEN", "AND", "OR");
			case "THEN" -> Fit.only("WHEN", "ELSE", "END");
			case "ELSE" -> Fit.only("END");
			default -> Fit.only("WHEN");
			};
		}
		String clause = clause(before).orElse("");
		List<String> next = new ArrayList<>();
		switch (clause) {
		case "SELECT" -> {
			next.add("FROM");
			if (!last.isSymbol("*")) {
				next.add("AS");
			}
		}
		case "FROM", "JOIN" -> {
			if (clause.equals("JOIN")) {
				next.add("ON");
			}
			if (beforeLast.filter(t -> t.is("FROM") || t.is("JOIN") || t.isSymbol(",")).isPresent()) {
				next.add("AS");
			}
			next.addAll(AFTER_TABLE);
		}
		case "WHERE", "HAVING", "ON" -> {
			next.addAll(List.of("AND", "OR", "IS", "NOT", "IN", "LIKE", "BETWEEN"));
			if (clause.equals("ON")) {
				next.addAll(List.of("JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "WHERE"));
			}
			if (!clause.equals("HAVING")) {
				next.add("GROUP");
			}
			next.addAll(List.of("ORDER", "FETCH", "OFFSET", "UNION"));
		}
		case "GROUP" -> next.addAll(List.of("HAVING", "ORDER", "FETCH", "OFFSET", "UNION"));
		case "ORDER" -> {
			if (!last.is("ASC") && !last.is("DESC")) {
				next.addAll(List.of("ASC", "DESC"));
			}
			next.addAll(List.of("FETCH", "OFFSET"));
		}
		case "FETCH", "OFFSET" -> {
			if (!last.is("ONLY")) {
				next.addAll(List.of("ROWS", "ROW"));
			}
		}
		case "UPDATE" -> next.add("SET");
		case "SET" -> next.add("WHERE");
		case "INTO" -> next.addAll(List.of("VALUES", "SELECT"));
		default -> {
			return Fit.NONE;
		}
		}
		return new Fit(List.copyOf(next), true);
	}

	/** The clause the caret is in: the last clause word at the caret's depth of parentheses. */
	private static Optional<String> clause(List<SqlToken> before) {
		int depth = 0;
		for (int i = before.size() - 1; i >= 0; i--) {
			SqlToken token = before.get(i);
			if (token.isSymbol(")")) {
				depth++;
			} else if (token.isSymbol("(")) {
				if (depth == 0) {
					return Optional.empty();
				}
				depth--;
			} else if (depth == 0 && token.kind() == SqlToken.Kind.WORD && CLAUSES.contains(token.identifier())) {
				return Optional.of(token.identifier());
			}
		}
		return Optional.empty();
	}

	/** In a CASE not yet ended at the caret's depth: its last WHEN, THEN or ELSE (or CASE itself). */
	private static Optional<String> openCase(List<SqlToken> before) {
		int depth = 0;
		int ends = 0;
		Optional<String> lastPart = Optional.empty();
		for (int i = before.size() - 1; i >= 0; i--) {
			SqlToken token = before.get(i);
			if (token.isSymbol(")")) {
				depth++;
			} else if (token.isSymbol("(")) {
				if (depth == 0) {
					return Optional.empty();
				}
				depth--;
			} else if (depth == 0 && token.kind() == SqlToken.Kind.WORD) {
				String word = token.identifier();
				if (word.equals("END")) {
					ends++;
				} else if (word.equals("CASE")) {
					if (ends == 0) {
						return lastPart.or(() -> Optional.of("CASE"));
					}
					ends--;
				} else if (ends == 0 && lastPart.isEmpty() && (word.equals("WHEN") || word.equals("THEN") || word.equals("ELSE"))) {
					lastPart = Optional.of(word);
				} else if (ends == 0 && CLAUSES.contains(word)) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}
}
