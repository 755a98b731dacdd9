package org.chartroom.core.patients;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A patient's age in whole years at some moment. Ages above {@value #OLDEST_SHOWN} are not shown
 * exactly: MIMIC-III moves the birth date of such patients about 300 years back (so a naive age
 * comes out near 300), and de-identification rules hide exact ages above 89 anyway.
 *
 * @param years whole years from birth to the moment (about 300 for a MIMIC-III patient over 89)
 */
public record Age(long years) {

	/** The highest age shown as a number. */
	public static final int OLDEST_SHOWN = 89;

	/** The age from a birth time to a later time, in whole years; empty if either is missing. */
	public static Optional<Age> between(Optional<LocalDateTime> birth, Optional<LocalDateTime> moment) {
		if (birth.isEmpty() || moment.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Age(ChronoUnit.YEARS.between(birth.get(), moment.get())));
	}

	/** True when the age is above {@value #OLDEST_SHOWN} and so shown as {@code >89}. */
	public boolean aboveOldestShown() {
		return years > OLDEST_SHOWN;
	}

	/** {@code 67}, or {@code >89} for any age above 89. */
	@Override
	public String toString() {
		return aboveOldestShown() ? ">" + OLDEST_SHOWN : Long.toString(years);
	}
}
