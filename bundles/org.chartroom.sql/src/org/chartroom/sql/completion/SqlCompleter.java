package org.chartroom.sql.completion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.sql.SqlToken;
import org.chartroom.core.sql.SqlTokenizer;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.chartroom.sql.SqlScript;
import org.chartroom.sql.SqlStatement;
import org.chartroom.sql.completion.Completion.Kind;

/**
 * Completion for SQL over a dataset, from its model: keywords (with nothing typed, those that fit
 * there: {@link FittingKeywords}), tables after FROM and JOIN,
 * columns after {@code alias.}, join conditions from foreign keys after {@code JOIN x ON}, and
 * clinical concepts after {@code <concept column> =}, inserted as the code with the label as a
 * comment ({@code 211 /* Heart Rate *}{@code /}).
 */
public final class SqlCompleter {

	/** The most concepts one lookup lists. */
	public static final int CONCEPT_LIMIT = 50;

	/** Words that end a concept's label being typed after {@code =}: the clause goes on. */
	private static final Set<String> CLAUSE_WORDS = Set.of("AND", "OR", "WHERE", "GROUP", "ORDER", "HAVING", "FETCH",
			"OFFSET", "UNION", "EXCEPT", "INTERSECT", "THEN", "ELSE", "END", "JOIN", "ON", "WHEN");

	private final Dataset schema;
	private final SqlDialect dialect;
	private final ConceptSource concepts;

	public SqlCompleter(Dataset schema, SqlDialect dialect, ConceptSource concepts) {
		this.schema = schema;
		this.dialect = dialect;
		this.concepts = concepts;
	}

	/** The proposals at the caret of a script, best first. */
	public List<Completion> complete(String script, int caret) throws StoreException {
		SqlStatement segment = SqlScript.segmentAt(script, caret);
		Context context = new Context(segment.sql(), caret - segment.offset(), segment.offset());
		if (context.insideCommentOrString()) {
			return List.of();
		}
		Optional<List<Completion>> concept = conceptProposals(context);
		if (concept.isPresent()) {
			return concept.get();
		}
		if (context.afterDot()) {
			return columnsOf(context, context.qualifier());
		}
		Optional<SqlToken> previous = context.previous();
		if (previous.filter(t -> t.is("ON")).isPresent()) {
			List<Completion> joins = joinConditions(context, previous.get());
			if (!joins.isEmpty()) {
				return joins;
			}
		}
		if (context.expectsTable()) {
			return tables(context);
		}
		FittingKeywords.Fit fit = FittingKeywords.after(context.significantBefore(), dialect.keywords());
		if (fit.only() && context.prefix().isEmpty()) {
			return keywords(context, fit);
		}
		List<Completion> all = new ArrayList<>();
		all.addAll(columnsInScope(context));
		all.addAll(aliases(context));
		all.addAll(tables(context));
		all.addAll(keywords(context, fit));
		return all;
	}

	private Optional<List<Completion>> conceptProposals(Context context) throws StoreException {
		Optional<Context.ConceptTarget> target = context.conceptTarget(CLAUSE_WORDS);
		if (target.isEmpty()) {
			return Optional.empty();
		}
		Context.ConceptTarget at = target.get();
		Optional<ConceptDictionary> dictionary = resolveColumn(context, at.qualifier(), at.column())
				.flatMap(tc -> ConceptDictionary.of(tc.table(), tc.column()));
		if (dictionary.isEmpty()) {
			return Optional.empty();
		}
		List<Completion> proposals = new ArrayList<>();
		String space = at.needsSpace() ? " " : "";
		for (Concept concept : concepts.find(dictionary.get(), at.text(), CONCEPT_LIMIT)) {
			String code = concept.code() instanceof Number ? concept.code().toString()
					: dialect.stringLiteral(String.valueOf(concept.code()));
			String label = concept.label();
			proposals.add(new Completion(Kind.CONCEPT, label.strip() + " — " + concept.code(),
					dictionary.get().table().getName() + "." + dictionary.get().label().getName(),
					space + code + " /* " + label.strip().replace("*/", "* /") + " */", context.absolute(at.replaceFrom()),
					context.caret() - at.replaceFrom()));
		}
		return Optional.of(proposals);
	}

	private record TableColumn(Table table, Column column) {
	}

	private Optional<TableColumn> resolveColumn(Context context, Optional<String> qualifier, String column) {
		for (TableRef ref : context.refs(dialect.keywords())) {
			if (qualifier.isPresent() && !ref.isNamed(qualifier.get())) {
				continue;
			}
			Optional<Column> found = table(ref.name()).flatMap(t -> column(t, column));
			if (found.isPresent()) {
				return Optional.of(new TableColumn((Table) found.get().eContainer(), found.get()));
			}
		}
		return Optional.empty();
	}

	private List<Completion> columnsOf(Context context, String qualifier) {
		Optional<Table> table = context.refs(dialect.keywords()).stream().filter(r -> r.isNamed(qualifier)).findFirst()
				.flatMap(r -> table(r.name())).or(() -> table(qualifier));
		List<Completion> proposals = new ArrayList<>();
		table.ifPresent(t -> {
			for (Column column : t.getColumns()) {
				if (context.matches(column.getName())) {
					proposals.add(new Completion(Kind.COLUMN, column.getName(), describe(column), dialect.identifier(column.getName()),
							context.absolute(context.prefixStart()), context.prefix().length()));
				}
			}
		});
		return proposals;
	}

	private List<Completion> joinConditions(Context context, SqlToken on) {
		List<TableRef> before = context.refs(dialect.keywords()).stream().filter(r -> r.end() <= on.offset()).toList();
		if (before.size() < 2) {
			return List.of();
		}
		TableRef joined = before.get(before.size() - 1);
		List<Completion> proposals = new ArrayList<>();
		for (TableRef earlier : before.subList(0, before.size() - 1)) {
			Optional<Table> left = table(earlier.name());
			Optional<Table> right = table(joined.name());
			if (left.isEmpty() || right.isEmpty()) {
				continue;
			}
			addKeyConditions(proposals, context, earlier, left.get(), joined, right.get(), true);
			addKeyConditions(proposals, context, joined, right.get(), earlier, left.get(), false);
		}
		return proposals;
	}

	/** Conditions for the foreign keys of {@code from} that lead to {@code to}, the earlier table written first. */
	private void addKeyConditions(List<Completion> proposals, Context context, TableRef fromRef, Table from, TableRef toRef,
			Table to, boolean fromIsEarlier) {
		for (var key : from.getForeignKeys()) {
			if (key.getTargetTable() != to || key.getColumns().size() != key.getTargetColumns().size()) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < key.getColumns().size(); i++) {
				String source = qualified(fromRef, key.getColumns().get(i));
				String target = qualified(toRef, key.getTargetColumns().get(i));
				parts.add(fromIsEarlier ? source + " = " + target : target + " = " + source);
			}
			String condition = String.join(" AND ", parts);
			if (context.matches(condition)) {
				proposals.add(new Completion(Kind.JOIN, condition, "foreign key " + key.getName(), condition,
						context.absolute(context.prefixStart()), context.prefix().length()));
			}
		}
	}

	private String qualified(TableRef ref, Column column) {
		return ref.alias().orElse(dialect.identifier(ref.name())) + "." + dialect.identifier(column.getName());
	}

	private List<Completion> tables(Context context) {
		List<Completion> proposals = new ArrayList<>();
		for (Table table : schema.getTables()) {
			if (context.matches(table.getName())) {
				proposals.add(new Completion(Kind.TABLE, table.getName(), nonNull(table.getDescription()),
						dialect.identifier(table.getName()), context.absolute(context.prefixStart()), context.prefix().length()));
			}
		}
		return proposals;
	}

	private List<Completion> columnsInScope(Context context) {
		Map<String, List<String>> tablesByColumn = new LinkedHashMap<>();
		Map<String, Column> first = new LinkedHashMap<>();
		for (TableRef ref : context.refs(dialect.keywords())) {
			table(ref.name()).ifPresent(t -> t.getColumns().stream().filter(c -> context.matches(c.getName())).forEach(c -> {
				tablesByColumn.computeIfAbsent(c.getName(), k -> new ArrayList<>()).add(t.getName());
				first.putIfAbsent(c.getName(), c);
			}));
		}
		List<Completion> proposals = new ArrayList<>();
		tablesByColumn.forEach((name, owners) -> proposals.add(new Completion(Kind.COLUMN, name + " (" + String.join(", ", owners) + ")",
				describe(first.get(name)), dialect.identifier(name), context.absolute(context.prefixStart()), context.prefix().length())));
		return proposals;
	}

	private List<Completion> aliases(Context context) {
		List<Completion> proposals = new ArrayList<>();
		for (TableRef ref : context.refs(dialect.keywords())) {
			// The word being typed after a table reads as its alias: offering it back helps nobody.
			ref.alias().filter(context::matches).filter(alias -> !alias.equalsIgnoreCase(context.prefix())).ifPresent(alias -> proposals.add(new Completion(Kind.ALIAS, alias + " (" + ref.name() + ")",
					"", alias, context.absolute(context.prefixStart()), context.prefix().length())));
		}
		return proposals;
	}

	/**
	 * With nothing typed, the keywords that fit there (every keyword at once helps nobody); with a
	 * prefix, those that fit first and then the others it starts. In the case typed: the prefix's,
	 * else the statement's last keyword's.
	 */
	private List<Completion> keywords(Context context, FittingKeywords.Fit fit) {
		List<String> fitting = fit.keywords().stream().filter(dialect.keywords()::contains).filter(context::matches).toList();
		List<String> words = new ArrayList<>(fitting);
		if (!context.prefix().isEmpty()) {
			dialect.keywords().stream().filter(context::matches).filter(k -> !fitting.contains(k)).sorted().forEach(words::add);
		}
		String typed = context.prefix().isEmpty() ? context.lastKeyword(dialect.keywords()).orElse("SELECT") : context.prefix();
		boolean lower = typed.equals(typed.toLowerCase(Locale.ROOT));
		return words.stream().map(k -> new Completion(Kind.KEYWORD, k, "", lower ? k.toLowerCase(Locale.ROOT) : k,
				context.absolute(context.prefixStart()), context.prefix().length())).toList();
	}

	private Optional<Table> table(String name) {
		return schema.getTables().stream().filter(t -> t.getName().equalsIgnoreCase(name)).findFirst();
	}

	private static Optional<Column> column(Table table, String name) {
		return table.getColumns().stream().filter(c -> c.getName().equalsIgnoreCase(name)).findFirst();
	}

	private static String describe(Column column) {
		return column.getType() + (column.getDescription() != null ? " — " + column.getDescription() : "");
	}

	private static String nonNull(String text) {
		return text != null ? text : "";
	}

	/** The statement around the caret, read once. */
	static final class Context {

		private final String text;
		private final int caret;
		private final int base;
		private final List<SqlToken> tokens;
		private final List<SqlToken> significant;
		private final int prefixStart;
		private List<TableRef> refs;

		/** The concept column before {@code =} and the label text typed after it. */
		record ConceptTarget(Optional<String> qualifier, String column, int replaceFrom, String text, boolean needsSpace) {
		}

		Context(String text, int caret, int base) {
			this.text = text;
			this.caret = Math.max(0, Math.min(caret, text.length()));
			this.base = base;
			this.tokens = SqlTokenizer.tokenize(text);
			this.significant = tokens.stream().filter(SqlToken::isSignificant).toList();
			int start = this.caret;
			while (start > 0 && SqlTokenizer.isWordPart(text.charAt(start - 1))) {
				start--;
			}
			this.prefixStart = start;
		}

		int caret() {
			return caret;
		}

		int absolute(int offset) {
			return base + offset;
		}

		int prefixStart() {
			return prefixStart;
		}

		String prefix() {
			return text.substring(prefixStart, caret);
		}

		boolean matches(String candidate) {
			return candidate.regionMatches(true, 0, prefix(), 0, prefix().length());
		}

		List<TableRef> refs(Set<String> keywords) {
			if (refs == null) {
				refs = StatementScope.of(significant, keywords);
			}
			return refs;
		}

		boolean insideCommentOrString() {
			for (SqlToken token : tokens) {
				boolean opaque = token.kind() == SqlToken.Kind.STRING || token.kind() == SqlToken.Kind.LINE_COMMENT
						|| token.kind() == SqlToken.Kind.BLOCK_COMMENT || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
				if (opaque && token.offset() < caret && (caret < token.end() || token.isUnterminated()
						|| token.kind() == SqlToken.Kind.LINE_COMMENT)) {
					return true;
				}
			}
			return false;
		}

		boolean afterDot() {
			return prefixStart > 0 && text.charAt(prefixStart - 1) == '.' && before(prefixStart - 1).isPresent();
		}

		/** The name before the dot. */
		String qualifier() {
			return before(prefixStart - 1).map(SqlToken::identifier).orElse("");
		}

		/** The last significant token ending at or before the offset. */
		private Optional<SqlToken> before(int offset) {
			SqlToken last = null;
			for (SqlToken token : significant) {
				if (token.end() <= offset) {
					last = token;
				}
			}
			return Optional.ofNullable(last);
		}

		/** The significant tokens before what is being typed. */
		List<SqlToken> significantBefore() {
			return significant.stream().filter(t -> t.end() <= prefixStart).toList();
		}

		/** The last keyword written before what is being typed, as written. */
		Optional<String> lastKeyword(Set<String> keywords) {
			List<SqlToken> before = significantBefore();
			for (int i = before.size() - 1; i >= 0; i--) {
				SqlToken token = before.get(i);
				if (token.kind() == SqlToken.Kind.WORD && keywords.contains(token.identifier())) {
					return Optional.of(token.text());
				}
			}
			return Optional.empty();
		}

		/** The significant token before what is being typed. */
		Optional<SqlToken> previous() {
			return before(prefixStart);
		}

		/** After FROM, JOIN, INTO, UPDATE, TABLE, or a comma in a FROM list. */
		boolean expectsTable() {
			Optional<SqlToken> previous = previous();
			if (previous.isEmpty()) {
				return false;
			}
			SqlToken token = previous.get();
			if (token.is("FROM") || token.is("JOIN") || token.is("INTO") || token.is("UPDATE") || token.is("TABLE")) {
				return true;
			}
			if (!token.isSymbol(",")) {
				return false;
			}
			for (int i = significant.indexOf(token) - 1; i >= 0; i--) {
				SqlToken t = significant.get(i);
				if (t.is("FROM")) {
					return true;
				}
				if (t.is("SELECT") || t.is("WHERE") || t.is("GROUP") || t.is("ORDER") || t.is("ON") || t.isSymbol("(")
						|| t.isSymbol(")")) {
					return false;
				}
			}
			return false;
		}

		/**
		 * {@code [qualifier.]column = <text>} with the caret at the end of the text, where the text
		 * is words and numbers only (a label being typed), not yet a finished clause.
		 */
		Optional<ConceptTarget> conceptTarget(Set<String> clauseWords) {
			int equals = -1;
			for (int i = 0; i < tokens.size() && tokens.get(i).offset() < caret; i++) {
				if (tokens.get(i).isSymbol("=")) {
					equals = i;
				}
			}
			if (equals < 0) {
				return Optional.empty();
			}
			SqlToken eq = tokens.get(equals);
			for (int i = equals + 1; i < tokens.size() && tokens.get(i).offset() < caret; i++) {
				SqlToken t = tokens.get(i);
				boolean labelPart = t.kind() == SqlToken.Kind.WHITESPACE || t.kind() == SqlToken.Kind.NUMBER
						|| (t.kind() == SqlToken.Kind.WORD && !clauseWords.contains(t.identifier()));
				if (!labelPart) {
					return Optional.empty();
				}
			}
			int index = significant.indexOf(eq);
			if (index < 1) {
				return Optional.empty();
			}
			SqlToken column = significant.get(index - 1);
			if (column.kind() != SqlToken.Kind.WORD && column.kind() != SqlToken.Kind.QUOTED_IDENTIFIER) {
				return Optional.empty();
			}
			Optional<String> qualifier = index >= 3 && significant.get(index - 2).isSymbol(".")
					? Optional.of(significant.get(index - 3).identifier())
					: Optional.empty();
			int from = eq.end();
			while (from < caret && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			return Optional.of(new ConceptTarget(qualifier, column.identifier(), from, text.substring(from, caret), from == eq.end()));
		}
	}
}
