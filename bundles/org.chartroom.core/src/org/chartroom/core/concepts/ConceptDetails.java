package org.chartroom.core.concepts;

import java.util.List;

/**
 * What the concept browser shows for a selected concept.
 *
 * @param concept       the concept
 * @param fields        every column of its dictionary row, in table order
 * @param distributions its values per event table that uses it: numbers where the table has a numeric
 *                      value column holding some, else the top text values; tables without a value column
 *                      are left out
 */
public record ConceptDetails(Concept concept, List<Field> fields, List<ValueDistribution> distributions) {

	public ConceptDetails {
		fields = List.copyOf(fields);
		distributions = List.copyOf(distributions);
	}

	/** A column of the dictionary row and its value as text (empty for NULL). */
	public record Field(String column, String value) {
	}
}
