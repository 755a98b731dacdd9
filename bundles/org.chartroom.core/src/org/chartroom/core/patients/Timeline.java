package org.chartroom.core.patients;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.model.warehouse.ConceptSet;

/**
 * A patient's events, one series per event table of the model that the dataset holds, in the model's order.
 *
 * @param patientId the patient
 * @param stay      the stay the events were limited to, if any
 * @param series    one entry per event table, empty ones included
 */
public record Timeline(Object patientId, Optional<Stay> stay, List<EventSeries> series) {

	public Timeline {
		series = List.copyOf(series);
	}

	public long eventCount() {
		return series.stream().mapToLong(s -> s.events().size()).sum();
	}

	/** The series of an event table (any letter case). */
	public Optional<EventSeries> series(String table) {
		return series.stream().filter(s -> s.table().equalsIgnoreCase(table)).findFirst();
	}

	/**
	 * The events of a concept set (such as the vital sign "Heart rate"), from every series whose
	 * dictionary is the set's dictionary and whose code is one of the set's codes, in time order.
	 */
	public List<TimelineEvent> eventsIn(ConceptSet set) {
		String dictionary = set.getDictionaryTable().getName().toUpperCase(Locale.ROOT);
		List<String> codes = set.getCodes();
		return series.stream().filter(s -> s.dictionary().map(d -> d.toUpperCase(Locale.ROOT).equals(dictionary)).orElse(false))
				.flatMap(s -> s.events().stream()).filter(e -> e.code().map(codes::contains).orElse(false))
				.sorted(Comparator.comparing(e -> e.time().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
	}
}
