package org.chartroom.core.patients;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One stay of a patient: a hospital admission, an ICU stay, a visit.
 *
 * @param table    the stay table, as the store names it
 * @param kind     the stay table's label for people ("Admissions", "ICU stays"), or its name
 * @param level    1 for a top-level stay, 2 for a stay within one, and so on
 * @param id       the stay's id
 * @param parentId the id of the stay around it, for a stay within another
 * @param start    when it began
 * @param end      when it ended, if known
 * @param ageAtStart the patient's age when it began
 */
public record Stay(String table, String kind, int level, Object id, Optional<Object> parentId, Optional<LocalDateTime> start,
		Optional<LocalDateTime> end, Optional<Age> ageAtStart) {

	/** The length of stay, when both ends are known. */
	public Optional<Duration> length() {
		return start.isPresent() && end.isPresent() ? Optional.of(Duration.between(start.get(), end.get())) : Optional.empty();
	}

	/** The length of stay in days, e.g. {@code 3.25}. */
	public Optional<Double> lengthInDays() {
		return length().map(d -> d.toMillis() / (24.0 * 60 * 60 * 1000));
	}
}
