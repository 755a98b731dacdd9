package org.chartroom.core.patients;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One row of a patient list.
 *
 * @param id             the patient table's id (a number or text, as the column holds it)
 * @param sex            the sex column's value
 * @param ageAtFirstStay the age at the first top-level stay (admission, visit)
 * @param firstStay      when the first top-level stay began
 * @param death          the date of death
 * @param stays          how many top-level stays (admissions, visits; {@link StayKinds#stays()})
 * @param icuStays       how many nested stays: ICU stays, or what {@link StayKinds#nestedStays()} names
 */
public record PatientListItem(Object id, Optional<String> sex, Optional<Age> ageAtFirstStay, Optional<LocalDateTime> firstStay,
		Optional<LocalDateTime> death, long stays, long icuStays) {

	public boolean died() {
		return death.isPresent();
	}
}
