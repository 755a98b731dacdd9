package org.chartroom.cohort.run;

import java.util.List;

/**
 * A cohort's size and its attrition: the first step counts every entry, each further step those that
 * also meet the next top-level criterion; the last step is the cohort.
 */
public record CohortCounts(List<AttritionStep> attrition) {

	public CohortCounts {
		attrition = List.copyOf(attrition);
		if (attrition.isEmpty()) {
			throw new IllegalArgumentException("an attrition has at least the entry step");
		}
	}

	public long entries() {
		return attrition.getLast().entries();
	}

	public long patients() {
		return attrition.getLast().patients();
	}
}
