package org.chartroom.core.patients;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One event of a patient's timeline, read through its table's event semantics.
 *
 * @param time    when it happened or began (the fallback time column's value where the time column is empty)
 * @param end     when it ended, for events that last a while
 * @param code    the concept column's value (item id, code, drug name), as text
 * @param label   the concept's name from the dictionary, when the table has one and it knows the code
 * @param number  the numeric value
 * @param text    the value as text (a note's text, a timestamp charted as a value)
 * @param unit    the unit of the value
 */
public record TimelineEvent(Optional<LocalDateTime> time, Optional<LocalDateTime> end, Optional<String> code,
		Optional<String> label, Optional<Double> number, Optional<String> text, Optional<String> unit) {

	/** The dictionary's name for the concept, else its code, else an empty string. */
	public String name() {
		return label.or(() -> code).orElse("");
	}
}
