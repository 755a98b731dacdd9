package org.chartroom.core.patients;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Who a patient is and when they were in hospital.
 *
 * @param id             the patient table's id
 * @param sex            the sex column's value
 * @param birth          the (shifted) date of birth
 * @param death          the (shifted) date of death
 * @param ageAtFirstStay the age at the first top-level stay; {@code >89} for MIMIC-III's shifted elderly
 * @param stays          the stays, top-level stays in time order, each followed by the stays within it
 */
public record PatientSummary(Object id, Optional<String> sex, Optional<LocalDateTime> birth, Optional<LocalDateTime> death,
		Optional<Age> ageAtFirstStay, List<Stay> stays) {

	public PatientSummary {
		stays = List.copyOf(stays);
	}

	public boolean died() {
		return death.isPresent();
	}

	/** The stay of that table and id, if the patient has it. */
	public Optional<Stay> stay(String table, Object id) {
		return stays.stream().filter(s -> s.table().equalsIgnoreCase(table) && s.id().equals(id)).findFirst();
	}
}
