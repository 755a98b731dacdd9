package org.chartroom.sql.completion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;

/** Concepts from a dataset's dictionary tables, queried through {@link Workspace#query}. */
public final class WorkspaceConceptSource implements ConceptSource {

	private final Workspace workspace;
	private final String dataset;

	public WorkspaceConceptSource(Workspace workspace, String dataset) {
		this.workspace = workspace;
		this.dataset = dataset;
	}

	@Override
	public List<Concept> find(ConceptDictionary dictionary, String text, int limit) throws StoreException {
		List<Concept> concepts = new ArrayList<>();
		workspace.query(dataset, sql(workspace.dialect(), dictionary, text.strip(), limit), limit, new RowHandler() {
			@Override
			public void columns(List<ResultColumn> columns) throws IOException {
			}

			@Override
			public void row(Object[] values) throws IOException {
				concepts.add(new Concept(values[0], (String) values[1]));
			}
		}, null);
		return concepts;
	}

	/** The lookup; the text goes in as an escaped literal, since {@link Workspace#query} takes no parameters. */
	static String sql(SqlDialect dialect, ConceptDictionary dictionary, String text, int limit) {
		String key = dialect.identifier(dictionary.key().getName());
		String label = dialect.identifier(dictionary.label().getName());
		String where = label + " IS NOT NULL";
		String rank = "0";
		if (!text.isEmpty()) {
			String upper = text.toUpperCase(Locale.ROOT);
			String contains = "UPPER(" + label + ") LIKE " + dialect.stringLiteral("%" + escapeLike(upper) + "%") + " ESCAPE '\\'";
			String starts = "UPPER(" + label + ") LIKE " + dialect.stringLiteral(escapeLike(upper) + "%") + " ESCAPE '\\'";
			boolean numericKey = switch (dictionary.key().getType()) {
			case SMALLINT, INTEGER, BIGINT -> true;
			default -> false;
			};
			String byCode = numericKey ? (text.matches("\\d{1,18}") ? key + " = " + text : null)
					: key + " = " + dialect.stringLiteral(text);
			where += " AND (" + contains + (byCode != null ? " OR " + byCode : "") + ")";
			rank = "CASE WHEN " + (byCode != null ? byCode + " THEN 0 WHEN " : "") + starts + " THEN 1 ELSE 2 END";
		}
		String query = "SELECT " + key + ", " + label + ", " + rank + " AS MATCH_RANK FROM "
				+ dialect.identifier(dictionary.table().getName()) + " WHERE " + where + " ORDER BY 3, 2, 1";
		return dialect.limitRows(query, 0, limit);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
