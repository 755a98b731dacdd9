package org.chartroom.cli.verbs;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.cli.output.TextTable;
import org.chartroom.cli.output.ValueText;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;

/** A patient for people: a header, the stays, the event counts per table, then each table's events. */
final class PatientText {

	private final PrintWriter out;

	PatientText(PrintWriter out) {
		this.out = out;
	}

	void print(String dataset, String idColumn, PatientSummary patient, Timeline timeline) {
		line("Dataset", dataset);
		line("Patient", patient.id() + " (" + idColumn + ")");
		line("Sex", patient.sex().orElse("unknown"));
		line("Born", date(patient.birth()));
		line("Age", patient.ageAtFirstStay().map(a -> a + " at first admission").orElse("unknown"));
		line("Died", patient.death().map(d -> date(Optional.of(d))).orElse("no"));
		out.println();
		out.println("Stays");
		TextTable stays = new TextTable(List.of("KIND", "ID", "START", "END", "DAYS", "AGE"),
				new boolean[] { false, true, false, false, true, false });
		for (Stay stay : patient.stays()) {
			stays.add("  ".repeat(stay.level() - 1) + stay.kind(), ValueText.of(stay.id()), time(stay.start()), time(stay.end()),
					stay.lengthInDays().map(d -> String.format(Locale.ROOT, "%.2f", d)).orElse(""),
					stay.ageAtStart().map(Object::toString).orElse(""));
		}
		stays.print(out);
		out.println();
		out.println("Events (" + timeline.eventCount() + ")");
		TextTable counts = new TextTable(List.of("TABLE", "DOMAIN", "EVENTS", "FIRST", "LAST"),
				new boolean[] { false, false, true, false, false });
		for (EventSeries series : timeline.series()) {
			List<LocalDateTime> times = series.events().stream().flatMap(e -> e.time().stream()).toList();
			counts.add(series.table(), series.domain(), Integer.toString(series.events().size()),
					times.isEmpty() ? "" : time(Optional.of(times.get(0))), times.isEmpty() ? "" : time(Optional.of(times.get(times.size() - 1))));
		}
		counts.print(out);
		for (EventSeries series : timeline.series()) {
			if (series.events().isEmpty()) {
				continue;
			}
			out.println();
			out.println(series.table() + " (" + series.events().size() + ")");
			TextTable events = new TextTable(List.of("TIME", "END", "CODE", "LABEL", "VALUE", "UNIT"),
					new boolean[] { false, false, false, false, false, false });
			for (TimelineEvent event : series.events()) {
				events.add(time(event.time()), time(event.end()), event.code().orElse(""), event.label().orElse(""), value(event),
						event.unit().orElse(""));
			}
			events.print(out);
		}
		out.flush();
	}

	/** The number where there is one, else the text; text cut to one line of at most 80 characters. */
	private static String value(TimelineEvent event) {
		String text = event.number().map(ValueText::of).or(event::text).orElse("");
		String line = text.replaceAll("\\s+", " ");
		return line.length() > 80 ? line.substring(0, 79) + "…" : line;
	}

	private void line(String label, String value) {
		out.printf("%-8s %s%n", label, value);
	}

	private static String date(Optional<LocalDateTime> time) {
		return time.map(t -> t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : ValueText.of(t))
				.orElse("unknown");
	}

	private static String time(Optional<LocalDateTime> time) {
		return time.map(ValueText::of).orElse("");
	}
}
