package org.chartroom.core.patients;

import java.util.Locale;
import java.util.Optional;

/**
 * How a dataset's model names its stays, so that lists and filters say "Visits" and "Visit details"
 * for OMOP where MIMIC-III has "Admissions" and "ICU stays".
 *
 * @param stays        the label of the top-level stays (admissions, visits)
 * @param nestedStays  the label of the stays within them (ICU stays, visit details), if the model has any
 * @param nestedAreIcu whether the model marks those nested stays as ICU stays (level {@code icu}); OMOP's
 *                     visit details are not all ICU stays, so a filter on them must not be called one
 */
public record StayKinds(String stays, Optional<String> nestedStays, boolean nestedAreIcu) {

	/** "Admission" for "Admissions": what one stay is called. */
	public String stay() {
		return singular(stays);
	}

	/** "ICU stay" or "Visit detail": what one nested stay is called, or "Nested stay" without a label. */
	public String nestedStay() {
		return nestedStays.map(StayKinds::singular).orElse("Nested stay");
	}

	/** "Admissions" → "Admission", "ICU stays" → "ICU stay", "Visit details" → "Visit detail". */
	public static String singular(String label) {
		return label.endsWith("s") && label.length() > 1 ? label.substring(0, label.length() - 1) : label;
	}

	/** "1 admission", "38 visits": a count with the label, in lower case after its first word if it is an acronym. */
	public static String count(long n, String label) {
		String name = n == 1 ? singular(label) : label;
		String first = name.split(" ", 2)[0];
		boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
		return n + " " + (acronym ? name : name.toLowerCase(Locale.ROOT));
	}
}
