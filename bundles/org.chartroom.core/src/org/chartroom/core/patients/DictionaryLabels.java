package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.DictionaryRef;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The labels of the concepts a patient's events use, from their dictionary: one query for the codes
 * not yet known (in chunks of {@value #CHUNK}), remembered per dictionary for the next timelines. A
 * join of every event row to the dictionary made Derby look the label up once per row (a third of
 * the load of a busy patient); a patient has a few hundred distinct concepts at most. Only labels of
 * codes seen are kept, so a large vocabulary (an OMOP CONCEPT table) is never read whole.
 */
final class DictionaryLabels {

	private static final int CHUNK = 500;

	private final Workspace workspace;
	private final SqlNames names;
	/** Dictionary table → code as text → label; a code without a row maps to {@link Optional#empty()}. */
	private final Map<String, Map<String, Optional<String>>> known = new ConcurrentHashMap<>();

	DictionaryLabels(Workspace workspace) {
		this.workspace = workspace;
		this.names = new SqlNames(workspace.dialect());
	}

	/**
	 * @param rows event rows whose third value (index 2) is the concept column's value
	 * @return code as text → label, for every code of the rows that the dictionary names
	 */
	Map<String, String> read(String dataset, DictionaryRef dictionary, List<Object[]> rows, IProgressMonitor monitor)
			throws StoreException {
		Map<String, Optional<String>> cache = known.computeIfAbsent(dictionary.getDictionaryTable().getName(),
				d -> new ConcurrentHashMap<>());
		Map<String, Object> missing = new LinkedHashMap<>();
		Set<String> used = new LinkedHashSet<>();
		for (Object[] row : rows) {
			Optional<String> code = RowValues.text(row[2]);
			if (code.isPresent() && used.add(code.get()) && !cache.containsKey(code.get())) {
				missing.put(code.get(), row[2]);
			}
		}
		List<Object> keys = new ArrayList<>(missing.values());
		for (int from = 0; from < keys.size(); from += CHUNK) {
			List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
			CollectedRows found = new CollectedRows();
			workspace.query(dataset, "SELECT " + names.of(dictionary.getKeyColumn()) + ", " + names.of(dictionary.getLabelColumn())
					+ " FROM " + names.of(dictionary.getDictionaryTable()) + " WHERE " + names.of(dictionary.getKeyColumn()) + " IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk, 0, found, monitor);
			for (Object[] row : found.rows()) {
				RowValues.text(row[0]).ifPresent(code -> cache.putIfAbsent(code, RowValues.text(row[1])));
			}
		}
		missing.keySet().forEach(code -> cache.putIfAbsent(code, Optional.empty()));
		Map<String, String> labels = new HashMap<>();
		for (String code : used) {
			cache.getOrDefault(code, Optional.empty()).ifPresent(label -> labels.put(code, label));
		}
		return labels;
	}
}
