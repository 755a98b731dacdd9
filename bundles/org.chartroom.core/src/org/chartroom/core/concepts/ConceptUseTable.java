package org.chartroom.core.concepts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * {@value #NAME}: how many patients and rows use each concept of each {@link ConceptDictionary}, per
 * event table and over all its event tables together. Counted once, when a dataset is imported (or on
 * first use for a dataset imported before), so that searching concepts never counts anything.
 *
 * <p>Columns: {@code DICTIONARY_TABLE}, {@code CONCEPT_KEY} (the key as text, see
 * {@link ConceptSql#keyText}), {@code EVENT_TABLE} (NULL for the row over all event tables of the
 * dictionary), {@code PATIENTS} (distinct patients) and {@code EVENT_ROWS}. Keys that events use but
 * the dictionary lacks are counted too (OMOP data often uses standard concepts a reduced vocabulary
 * leaves out).
 */
public final class ConceptUseTable implements DerivedTable {

	public static final String NAME = PREFIX + "CONCEPT_USE";

	private static final int KEY_LENGTH = 1000;

	/** Keys in one IN list. */
	private static final int KEYS_PER_QUERY = 500;

	private final Dataset schema;

	/** @param schema the model of the dataset's connector */
	public ConceptUseTable(Dataset schema) {
		this.schema = schema;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void create(Connection connection, SqlDialect dialect, IProgressMonitor monitor) throws SQLException {
		ConceptSql sql = new ConceptSql(dialect);
		List<ConceptDictionary> dictionaries = ConceptDictionary.of(schema);
		int work = dictionaries.stream().mapToInt(d -> d.eventTables().size() + (d.eventTables().size() > 1 ? 1 : 0)).sum();
		SubMonitor progress = SubMonitor.convert(monitor, "Counting the use of concepts", work + 1);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE " + sql.name(NAME) + " (DICTIONARY_TABLE VARCHAR(128) NOT NULL, "
					+ "CONCEPT_KEY VARCHAR(" + KEY_LENGTH + ") NOT NULL, EVENT_TABLE VARCHAR(128), "
					+ "PATIENTS BIGINT NOT NULL, EVENT_ROWS BIGINT NOT NULL)");
		}
		progress.worked(1);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + sql.name(NAME)
				+ " (DICTIONARY_TABLE, CONCEPT_KEY, EVENT_TABLE, PATIENTS, EVENT_ROWS) VALUES (?, ?, ?, ?, ?)")) {
			for (ConceptDictionary dictionary : dictionaries) {
				Map<String, Use> total = new HashMap<>();
				Set<String> inSeveral = new HashSet<>();
				for (Table event : dictionary.eventTables()) {
					checkCanceled(progress);
					progress.subTask("Counting the use of " + dictionary.name() + " in " + event.getName());
					Map<String, Use> uses = count(connection, "SELECT " + sql.name(concept(event)) + ", " + sql.name(patient(event))
							+ ", COUNT(*) FROM " + sql.name(event) + " WHERE " + sql.name(concept(event)) + " IS NOT NULL GROUP BY "
							+ sql.name(concept(event)) + ", " + sql.name(patient(event)));
					write(insert, dictionary, event.getName(), uses.values());
					uses.forEach((key, use) -> {
						if (total.putIfAbsent(key, use) != null) {
							inSeveral.add(key);
						}
					});
					progress.worked(1);
				}
				if (!inSeveral.isEmpty()) {
					checkCanceled(progress);
					progress.subTask("Counting the use of " + dictionary.name() + " in all its event tables");
					total.putAll(countAcross(connection, sql, dictionary, inSeveral));
				}
				progress.worked(dictionary.eventTables().size() > 1 ? 1 : 0);
				write(insert, dictionary, null, total.values());
			}
		}
	}

	/**
	 * The use of concepts that occur in several event tables, over all of them: their patients overlap, so
	 * the per-table counts do not add up. Most concepts belong to one table (a MIMIC-III item to the table of
	 * its system), so this reads only those keys.
	 */
	private static Map<String, Use> countAcross(Connection connection, ConceptSql sql, ConceptDictionary dictionary,
			Set<String> keys) throws SQLException {
		Map<String, Use> uses = new HashMap<>();
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
			uses.putAll(count(connection, "SELECT K, P, COUNT(*) FROM (" + dictionary.eventTables().stream()
					.map(t -> "SELECT " + sql.name(concept(t)) + " AS K, " + sql.name(patient(t)) + " AS P FROM " + sql.name(t)
							+ " WHERE " + sql.name(concept(t)) + " IN (" + chunk.stream()
									.map(k -> ConceptSql.literal(concept(t), k)).collect(Collectors.joining(", ")) + ")")
					.collect(Collectors.joining(" UNION ALL ")) + ") AS U GROUP BY K, P"));
		}
		return uses;
	}

	private static Column concept(Table event) {
		return ((EventSemantics) event.getSemantics()).getConceptColumn();
	}

	private static Column patient(Table event) {
		return ((EventSemantics) event.getSemantics()).getPatientColumn();
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private record Use(String key, long patients, long rows) {
	}

	/** Reads (key, patient, rows) groups into each key's patients and rows. */
	private static Map<String, Use> count(Connection connection, String query) throws SQLException {
		Map<String, Use> uses = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
			while (rs.next()) {
				String key = ConceptSql.keyText(rs.getObject(1));
				long patients = rs.getObject(2) == null ? 0 : 1; // as COUNT(DISTINCT): rows without a patient add none
				long rows = rs.getLong(3);
				uses.merge(key, new Use(key, patients, rows), (a, b) -> new Use(key, a.patients() + b.patients(), a.rows() + b.rows()));
			}
		}
		return uses;
	}

	private static void write(PreparedStatement insert, ConceptDictionary dictionary, String eventTable, Collection<Use> uses)
			throws SQLException {
		for (Use use : uses) {
			if (use.key().length() > KEY_LENGTH) {
				continue; // no dictionary has keys this long; such a value is free text, not a concept
			}
			insert.setString(1, dictionary.name());
			insert.setString(2, use.key());
			if (eventTable == null) {
				insert.setNull(3, Types.VARCHAR);
			} else {
				insert.setString(3, eventTable);
			}
			insert.setLong(4, use.patients());
			insert.setLong(5, use.rows());
			insert.addBatch();
		}
		insert.executeBatch();
	}
}
