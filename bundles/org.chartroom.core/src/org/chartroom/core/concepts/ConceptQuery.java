package org.chartroom.core.concepts;

import java.util.Optional;

/**
 * A concept search.
 *
 * @param text       words that must all occur in the label (any case), or a key or code, exact or its
 *                   start; blank matches every concept
 * @param category   only concepts of this category or domain (exact)
 * @param vocabulary only concepts of this vocabulary (exact)
 * @param dictionary only concepts of this dictionary table (any case)
 * @param offset     how many ranked results to skip
 * @param limit      the most results to return
 */
public record ConceptQuery(String text, Optional<String> category, Optional<String> vocabulary,
		Optional<String> dictionary, int offset, int limit) {

	public ConceptQuery {
		text = text == null ? "" : text;
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
		}
	}

	/** Every match of {@code text}, unfiltered, first page of {@code limit}. */
	public static ConceptQuery of(String text, int limit) {
		return new ConceptQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), 0, limit);
	}

	public ConceptQuery withCategory(String value) {
		return new ConceptQuery(text, Optional.ofNullable(value), vocabulary, dictionary, offset, limit);
	}

	public ConceptQuery withVocabulary(String value) {
		return new ConceptQuery(text, category, Optional.ofNullable(value), dictionary, offset, limit);
	}

	public ConceptQuery withDictionary(String value) {
		return new ConceptQuery(text, category, vocabulary, Optional.ofNullable(value), offset, limit);
	}

	public ConceptQuery page(int newOffset, int newLimit) {
		return new ConceptQuery(text, category, vocabulary, dictionary, newOffset, newLimit);
	}
}
