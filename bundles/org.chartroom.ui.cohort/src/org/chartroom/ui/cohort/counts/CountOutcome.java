package org.chartroom.ui.cohort.counts;

import org.chartroom.cohort.run.CohortCounts;

/** What a live count gives the editor: it started, it is done (with its time), or it failed. */
public sealed interface CountOutcome {

	record Counting() implements CountOutcome {
	}

	record Counted(CohortCounts counts, long millis) implements CountOutcome {
	}

	record Failed(String message) implements CountOutcome {
	}
}
