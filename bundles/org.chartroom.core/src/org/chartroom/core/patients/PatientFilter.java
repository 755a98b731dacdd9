package org.chartroom.core.patients;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which patients a list shows, in which order, and which page of them.
 *
 * @param idPrefix    patients whose id starts with this text
 * @param sex         patients with this value in the sex column (MIMIC-III {@code M}/{@code F})
 * @param minAge      patients at least this old at their first admission (ages above 89 count as 90)
 * @param maxAge      patients at most this old at their first admission
 * @param hasIcuStay  patients with (true) or without (false) a nested stay: an ICU stay, or what
 *                    {@link StayKinds#nestedStays()} names (OMOP visit details)
 * @param died        patients who died (true) or did not (false), by the death date column
 * @param sort        the sort order; ties go by id
 * @param descending  sort from the largest value
 * @param offset      rows of the sorted result to skip
 * @param limit       the page size, at least 1
 */
public record PatientFilter(Optional<String> idPrefix, Optional<String> sex, OptionalInt minAge, OptionalInt maxAge,
		Optional<Boolean> hasIcuStay, Optional<Boolean> died, PatientSort sort, boolean descending, int offset, int limit) {

	public PatientFilter {
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, not " + offset + " and " + limit);
		}
	}

	/** Every patient by id, the first page of {@code limit}. */
	public static PatientFilter all(int limit) {
		return new PatientFilter(Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
				Optional.empty(), PatientSort.ID, false, 0, limit);
	}

	public PatientFilter withIdPrefix(String prefix) {
		return new PatientFilter(Optional.ofNullable(prefix).filter(p -> !p.isBlank()).map(String::strip), sex, minAge, maxAge,
				hasIcuStay, died, sort, descending, 0, limit);
	}

	public PatientFilter withSex(Optional<String> value) {
		return new PatientFilter(idPrefix, value, minAge, maxAge, hasIcuStay, died, sort, descending, 0, limit);
	}

	public PatientFilter withAges(OptionalInt min, OptionalInt max) {
		return new PatientFilter(idPrefix, sex, min, max, hasIcuStay, died, sort, descending, 0, limit);
	}

	public PatientFilter withIcuStay(Optional<Boolean> value) {
		return new PatientFilter(idPrefix, sex, minAge, maxAge, value, died, sort, descending, 0, limit);
	}

	public PatientFilter withDied(Optional<Boolean> value) {
		return new PatientFilter(idPrefix, sex, minAge, maxAge, hasIcuStay, value, sort, descending, 0, limit);
	}

	public PatientFilter sortedBy(PatientSort by, boolean fromLargest) {
		return new PatientFilter(idPrefix, sex, minAge, maxAge, hasIcuStay, died, by, fromLargest, 0, limit);
	}

	public PatientFilter page(int newOffset) {
		return new PatientFilter(idPrefix, sex, minAge, maxAge, hasIcuStay, died, sort, descending, newOffset, limit);
	}
}
