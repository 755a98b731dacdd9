package org.chartroom.core.concepts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads the {@link ConceptIndex} of a published dataset: one query per dictionary and one over
 * {@link ConceptUseTable}. A dataset imported before concept use was counted gets it counted now, once,
 * and kept ({@link Workspace#ensureDerived}).
 */
public final class ConceptIndexReader {

	private final Workspace workspace;

	public ConceptIndexReader(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * @param dataset the dataset's name (any case)
	 * @param schema  the model of the connector the dataset came from
	 * @param monitor cancels; may be null
	 */
	public ConceptIndex read(String dataset, Dataset schema, IProgressMonitor monitor) throws StoreException {
		List<ConceptDictionary> dictionaries = ConceptDictionary.of(schema);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the concepts of " + dataset, 2 + dictionaries.size());
		workspace.ensureDerived(dataset, new ConceptUseTable(schema), progress.split(1));
		Map<String, Map<String, List<ConceptUse>>> uses = uses(dataset, progress.split(1));
		ConceptSql sql = new ConceptSql(workspace.dialect());
		List<Concept> concepts = new ArrayList<>();
		for (ConceptDictionary dictionary : dictionaries) {
			Map<String, List<ConceptUse>> used = uses.getOrDefault(dictionary.name(), Map.of());
			workspace.query(dataset, select(sql, dictionary), 0, new ListHandler(values -> {
				String key = ConceptSql.keyText(values[0]);
				String label = text(values[1]);
				String code = dictionary.codeColumn().isPresent() ? text(values[2]) : key;
				concepts.add(concept(dictionary, key, code, label, text(values[3]), text(values[4]),
						used.getOrDefault(key, List.of())));
			}), progress.split(1));
		}
		return new ConceptIndex(concepts);
	}

	/** key, label, code, category, vocabulary: NULL in place of a column the dictionary lacks. */
	private static String select(ConceptSql sql, ConceptDictionary dictionary) {
		return "SELECT " + sql.name(dictionary.keyColumn()) + ", " + sql.name(dictionary.labelColumn()) + ", "
				+ column(sql, dictionary.codeColumn()) + ", " + column(sql, dictionary.categoryColumn()) + ", "
				+ column(sql, dictionary.vocabularyColumn()) + " FROM " + sql.name(dictionary.table());
	}

	private static String column(ConceptSql sql, Optional<Column> column) {
		return column.map(sql::name).orElse("CAST(NULL AS VARCHAR(1))");
	}

	private static Concept concept(ConceptDictionary dictionary, String key, String code, String label, String category,
			String vocabulary, List<ConceptUse> uses) {
		ConceptUse total = new ConceptUse("", 0, 0);
		List<ConceptUse> perTable = new ArrayList<>();
		for (Table event : dictionary.eventTables()) {
			for (ConceptUse use : uses) {
				if (use.eventTable().equals(event.getName())) {
					perTable.add(use);
				}
			}
		}
		for (ConceptUse use : uses) {
			if (use.eventTable().isEmpty()) {
				total = use;
			}
		}
		return new Concept(dictionary.name(), key, code, label, category, vocabulary, total.patients(), total.rows(), perTable);
	}

	/** Dictionary → key → uses; the use over all event tables has an empty table name. */
	private Map<String, Map<String, List<ConceptUse>>> uses(String dataset, IProgressMonitor monitor) throws StoreException {
		Map<String, Map<String, List<ConceptUse>>> uses = new HashMap<>();
		workspace.query(dataset, "SELECT DICTIONARY_TABLE, CONCEPT_KEY, EVENT_TABLE, PATIENTS, EVENT_ROWS FROM "
				+ ConceptUseTable.NAME, 0, new ListHandler(values -> uses.computeIfAbsent((String) values[0], d -> new HashMap<>())
						.computeIfAbsent((String) values[1], k -> new ArrayList<>())
						.add(new ConceptUse(text(values[2]), number(values[3]), number(values[4])))),
				monitor);
		return uses;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/** Hands each row to a consumer. */
	private record ListHandler(RowConsumer consumer) implements RowHandler {

		@Override
		public void columns(List<ResultColumn> columns) {
			// by position
		}

		@Override
		public void row(Object[] values) {
			consumer.accept(values);
		}
	}

	@FunctionalInterface
	private interface RowConsumer {
		void accept(Object[] values);
	}
}
