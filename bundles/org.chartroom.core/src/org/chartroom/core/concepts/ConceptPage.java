package org.chartroom.core.concepts;

import java.util.List;

/**
 * One page of ranked search results.
 *
 * @param total    how many concepts match in all
 * @param offset   the rank of the first concept of this page (0-based)
 * @param concepts the concepts of this page, best first
 */
public record ConceptPage(int total, int offset, List<Concept> concepts) {

	public ConceptPage {
		concepts = List.copyOf(concepts);
	}
}
