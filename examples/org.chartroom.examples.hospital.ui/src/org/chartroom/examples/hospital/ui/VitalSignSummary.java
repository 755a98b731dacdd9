package org.chartroom.examples.hospital.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;

/**
 * One vital sign of a timeline: how many numeric readings, their range, and the latest (the timeline's
 * events are in time order).
 */
record VitalSignSummary(String name, int readings, double lowest, double highest, double latest, String unit) {

	/** The numeric events of the series of one domain, by concept, in the order they first occur. */
	static List<VitalSignSummary> of(Timeline timeline, String domain) {
		Map<String, List<TimelineEvent>> byConcept = new LinkedHashMap<>();
		for (EventSeries series : timeline.series()) {
			if (series.domain().equalsIgnoreCase(domain)) {
				for (TimelineEvent event : series.events()) {
					if (event.number().isPresent()) {
						byConcept.computeIfAbsent(event.name(), name -> new ArrayList<>()).add(event);
					}
				}
			}
		}
		List<VitalSignSummary> summaries = new ArrayList<>();
		byConcept.forEach((name, events) -> {
			double lowest = events.stream().mapToDouble(e -> e.number().get()).min().orElseThrow();
			double highest = events.stream().mapToDouble(e -> e.number().get()).max().orElseThrow();
			TimelineEvent latest = events.get(events.size() - 1);
			summaries.add(new VitalSignSummary(name, events.size(), lowest, highest, latest.number().get(),
					latest.unit().orElse("")));
		});
		return summaries;
	}
}
