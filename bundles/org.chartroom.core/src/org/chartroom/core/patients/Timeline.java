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
		return eventsOf(set.getDictionaryTable().getName(), set.getCodes());
	}

	/**
	 * The events of one concept of a dictionary (such as D_LABITEMS 50912, a concept the user added from
	 * the concept search), from every series whose dictionary it is, in time order.
	 *
	 * @param dictionary the dictionary table (any case)
	 * @param key        the concept's key as the event tables hold it, as text
	 */
	public List<TimelineEvent> eventsOf(String dictionary, String key) {
		return eventsOf(dictionary, List.of(key));
	}

	private List<TimelineEvent> eventsOf(String dictionary, List<String> codes) {
		String wanted = dictionary.toUpperCase(Locale.ROOT);
		return series.stream().filter(s -> s.dictionary().map(d -> d.toUpperCase(Locale.ROOT).equals(wanted)).orElse(false))
				.flatMap(s -> s.events().stream()).filter(e -> e.code().map(codes::contains).orElse(false))
				.sorted(Comparator.comparing(e -> e.time().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
	}
}
