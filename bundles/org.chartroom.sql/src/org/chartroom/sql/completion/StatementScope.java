package org.chartroom.sql.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.sql.SqlToken;

/**
 * The tables a statement reads, with their aliases, found from its FROM and JOIN clauses
 * without a full parser. Subqueries in FROM are skipped; their inner FROM clauses are read too,
 * so their tables count as in scope as well.
 */
final class StatementScope {

	private final List<SqlToken> tokens;
	private final Set<String> keywords;
	private final List<TableRef> refs = new ArrayList<>();

	private StatementScope(List<SqlToken> significant, Set<String> keywords) {
		this.tokens = significant;
		this.keywords = keywords;
	}

	/** The table references of a statement, in the order they appear. */
	static List<TableRef> of(List<SqlToken> significant, Set<String> keywords) {
		StatementScope scope = new StatementScope(significant, keywords);
		for (int i = 0; i < significant.size(); i++) {
			SqlToken token = significant.get(i);
			if (token.is("FROM") || token.is("JOIN")) {
				i = scope.readRefs(i + 1, token.is("FROM")) - 1;
			}
		}
		return List.copyOf(scope.refs);
	}

	private int readRefs(int from, boolean list) {
		int j = from;
		while (j < tokens.size()) {
			SqlToken first = tokens.get(j);
			if (first.isSymbol("(") || !isName(first)) {
				return j; // a subquery: the outer loop reads its own FROM
			}
			Optional<String> schema = Optional.empty();
			String name = first.identifier();
			SqlToken last = first;
			j++;
			if (j + 1 < tokens.size() && tokens.get(j).isSymbol(".") && isName(tokens.get(j + 1))) {
				schema = Optional.of(name);
				name = tokens.get(j + 1).identifier();
				last = tokens.get(j + 1);
				j += 2;
			}
			if (j < tokens.size() && tokens.get(j).is("AS")) {
				j++;
			}
			Optional<String> alias = Optional.empty();
			if (j < tokens.size() && isName(tokens.get(j))) {
				alias = Optional.of(tokens.get(j).text());
				last = tokens.get(j);
				j++;
			}
			refs.add(new TableRef(schema, name, alias, last.end()));
			if (list && j < tokens.size() && tokens.get(j).isSymbol(",")) {
				j++;
				continue;
			}
			return j;
		}
		return j;
	}

	private boolean isName(SqlToken token) {
		return token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
				|| (token.kind() == SqlToken.Kind.WORD && !keywords.contains(token.identifier()));
	}
}
