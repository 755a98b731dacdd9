package org.chartroom.sql.completion;

import java.util.List;

import org.chartroom.core.store.StoreException;

/** Looks concepts up in a dataset's dictionary tables. */
public interface ConceptSource {

	/**
	 * The dictionary's entries whose label holds the text (case-insensitive; those that start
	 * with it first), or whose numeric code is the text; all of them, by label, when it is blank.
	 */
	List<Concept> find(ConceptDictionary dictionary, String text, int limit) throws StoreException;

	/** A source that knows no concepts, for a dataset that is not there. */
	ConceptSource NONE = (dictionary, text, limit) -> List.of();
}
