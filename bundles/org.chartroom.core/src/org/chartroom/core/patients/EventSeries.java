package org.chartroom.core.patients;

import java.util.List;
import java.util.Optional;

/**
 * The events of one event table for one patient (and stay), in time order; events without a time last.
 *
 * @param table      the event table, as the store names it
 * @param domain     what kind of events they are (the model's domain: "chart", "lab", "input", ...)
 * @param dictionary the dictionary table that names their concepts, as the store names it
 * @param hasEndTime whether the events have an end time (inputs, prescriptions): bars rather than points
 * @param events     the events
 */
public record EventSeries(String table, String domain, Optional<String> dictionary, boolean hasEndTime,
		List<TimelineEvent> events) {

	public EventSeries {
		events = List.copyOf(events);
	}
}
