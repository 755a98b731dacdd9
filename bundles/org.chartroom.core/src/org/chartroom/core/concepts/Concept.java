package org.chartroom.core.concepts;

import java.util.List;

/**
 * One entry of a dictionary, with its use in the dataset.
 *
 * @param dictionary the dictionary table, e.g. {@code D_ITEMS} or {@code CONCEPT}
 * @param key        the value event tables hold, as text (e.g. {@code 211}, {@code 4280}, {@code 3027018})
 * @param code       the code from the dictionary's code column (ICD-9, LOINC, OMOP concept_code), or the
 *                   key when the dictionary has no code column; empty when the code is NULL
 * @param label      the readable name, exactly as stored
 * @param category   the category or domain; empty when the dictionary has none or it is NULL
 * @param vocabulary the vocabulary or source system; empty when the dictionary has none or it is NULL
 * @param patients   distinct patients over all event tables of the dictionary (0 when unused)
 * @param rows       rows over all those event tables
 * @param uses       the use per event table, only tables that use it, in model order
 */
public record Concept(String dictionary, String key, String code, String label, String category, String vocabulary,
		long patients, long rows, List<ConceptUse> uses) {

	public Concept {
		uses = List.copyOf(uses);
	}

	public boolean used() {
		return rows > 0;
	}
}
