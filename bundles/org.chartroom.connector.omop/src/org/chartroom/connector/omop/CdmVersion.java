package org.chartroom.connector.omop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartroom.model.warehouse.Dataset;

/**
 * One version of the OMOP CDM this connector reads, and its schema.
 *
 * @param number major.minor, e.g. {@code 5.4}
 * @param schema the model of that version ({@code model/omop54.warehouse}, named {@code omop-5.4})
 */
record CdmVersion(String number, Dataset schema) {

	private static final Pattern MAJOR_MINOR = Pattern.compile("([0-9]+)\\.([0-9]+)");

	/** {@code OMOP CDM 5.4}. */
	String label() {
		return "OMOP CDM " + number;
	}

	/** Major.minor of a version as data sets record it ({@code 5.3.1}, {@code v5.4}, {@code CDM v5.4.0}), if any. */
	static Optional<String> majorMinor(String recorded) {
		Matcher matcher = MAJOR_MINOR.matcher(recorded == null ? "" : recorded);
		return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1)) + "." + Integer.parseInt(matcher.group(2)))
				: Optional.empty();
	}
}
