package org.chartroom.population;

import java.util.Optional;

import org.chartroom.cohort.sql.SqlPart;

/**
 * The entries a Table 1 describes: every top-level stay of a dataset, or the entries of a saved cohort.
 *
 * @param dataset    the dataset's name
 * @param cohort     the saved cohort's name; empty for the whole dataset
 * @param entryLabel what an entry is, as the model labels its stay table ("Admissions", "ICU stays")
 * @param entries    one SELECT of {@code ENTRY_ID, PATIENT_ID, ENTRY_START, ENTRY_END}, one row per entry
 */
public record Population(String dataset, Optional<String> cohort, String entryLabel, SqlPart entries) {

	/** "mimic3" or "mimic3, cohort HeartFailure": what the population is, for people. */
	public String title() {
		return cohort.map(c -> dataset + ", cohort " + c).orElse(dataset + ", whole dataset");
	}
}
