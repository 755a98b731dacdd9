package org.chartroom.population;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured concept named by its dictionary table and its key there, as the event tables store it:
 * {@code D_ITEMS:220045} (MIMIC-III heart rate), {@code CONCEPT:3027018} (OMOP heart rate, LOINC 8867-4).
 */
public record ConceptRef(String dictionary, String code) {

	private static final Pattern FORM = Pattern.compile("([A-Za-z][A-Za-z0-9_]*):(\\S.*)");

	/** Reads {@code DICT:CODE}; the message of the exception says what form is expected. */
	public static ConceptRef parse(String text) {
		Matcher matcher = text == null ? null : FORM.matcher(text.strip());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not DICTIONARY:CODE (e.g. D_ITEMS:220045 or CONCEPT:3027018)");
		}
		return new ConceptRef(matcher.group(1), matcher.group(2).strip());
	}

	@Override
	public String toString() {
		return dictionary + ":" + code;
	}
}
