package org.chartroom.sql.completion;

import java.util.Optional;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Table;

/**
 * The dictionary that names the codes of a column: its table, key and label columns. Found in
 * the model, never by table names: the column is an event table's concept column with a
 * dictionary (MIMIC-III {@code CHARTEVENTS.ITEMID} → {@code D_ITEMS.LABEL}), or its foreign key
 * leads to the key of a dictionary table (OMOP {@code *_concept_id} → {@code concept}).
 */
public record ConceptDictionary(Table table, Column key, Column label) {

	/** The dictionary of the column's codes, if the model names one. */
	public static Optional<ConceptDictionary> of(Table table, Column column) {
		if (table.getSemantics() instanceof EventSemantics events && events.getConceptColumn() == column
				&& events.getDictionary() != null && events.getDictionary().getDictionaryTable() != null
				&& events.getDictionary().getKeyColumn() != null && events.getDictionary().getLabelColumn() != null) {
			return Optional.of(new ConceptDictionary(events.getDictionary().getDictionaryTable(),
					events.getDictionary().getKeyColumn(), events.getDictionary().getLabelColumn()));
		}
		for (ForeignKey key : table.getForeignKeys()) {
			if (key.getColumns().size() == 1 && key.getColumns().get(0) == column && key.getTargetTable() != null
					&& key.getTargetTable().getSemantics() instanceof DictionarySemantics dictionary
					&& dictionary.getLabelColumn() != null && key.getTargetColumns().size() == 1
					&& key.getTargetColumns().get(0) == dictionary.getKeyColumn()) {
				return Optional.of(new ConceptDictionary(key.getTargetTable(), dictionary.getKeyColumn(), dictionary.getLabelColumn()));
			}
		}
		return Optional.empty();
	}
}
