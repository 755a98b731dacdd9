package org.chartroom.core.concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.Table;

/**
 * A table that names concepts, with the event tables that use them: read from the model's semantics
 * only. A dictionary counts when its table has {@link DictionarySemantics} and at least one event
 * table's {@link EventSemantics#getDictionary()} points at it (MIMIC-III: D_ITEMS, D_LABITEMS,
 * D_ICD_DIAGNOSES, D_ICD_PROCEDURES; OMOP: CONCEPT). Lists of other things (caregivers, code ranges)
 * that no event refers to by equality are not concepts.
 *
 * @param table       the dictionary table
 * @param semantics   its key, label, code, category and vocabulary columns
 * @param eventTables the event tables whose concept column holds its keys, in model order
 */
public record ConceptDictionary(Table table, DictionarySemantics semantics, List<Table> eventTables) {

	public ConceptDictionary {
		eventTables = List.copyOf(eventTables);
	}

	/** The dictionaries of a model, in model order. */
	public static List<ConceptDictionary> of(Dataset schema) {
		Map<Table, List<Table>> users = new LinkedHashMap<>();
		for (Table table : schema.getTables()) {
			if (table.getSemantics() instanceof DictionarySemantics) {
				users.put(table, new ArrayList<>());
			}
		}
		for (Table table : schema.getTables()) {
			if (table.getSemantics() instanceof EventSemantics event && event.getDictionary() != null
					&& event.getConceptColumn() != null && users.containsKey(event.getDictionary().getDictionaryTable())) {
				users.get(event.getDictionary().getDictionaryTable()).add(table);
			}
		}
		List<ConceptDictionary> dictionaries = new ArrayList<>();
		users.forEach((table, events) -> {
			if (!events.isEmpty()) {
				dictionaries.add(new ConceptDictionary(table, (DictionarySemantics) table.getSemantics(), events));
			}
		});
		return dictionaries;
	}

	/** The dictionary table's name. */
	public String name() {
		return table.getName();
	}

	public Column keyColumn() {
		return semantics.getKeyColumn();
	}

	public Column labelColumn() {
		return semantics.getLabelColumn();
	}

	public Optional<Column> codeColumn() {
		return Optional.ofNullable(semantics.getCodeColumn());
	}

	public Optional<Column> categoryColumn() {
		return Optional.ofNullable(semantics.getCategoryColumn());
	}

	public Optional<Column> vocabularyColumn() {
		return Optional.ofNullable(semantics.getVocabularyColumn());
	}

	/** The semantics of an event table of this dictionary. */
	public static EventSemantics event(Table eventTable) {
		return (EventSemantics) eventTable.getSemantics();
	}
}
