package org.chartroom.ui.patients.record;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import org.chartroom.core.patients.TimelineEvent;

/** The columns of an event table: what each shows and how it sorts. */
enum EventText {
	TIME("Time", e -> time(e.time()), Comparator.comparing((TimelineEvent e) -> e.time().orElse(null), nullsLast())),
	END("End", e -> time(e.end()), Comparator.comparing((TimelineEvent e) -> e.end().orElse(null), nullsLast())),
	CODE("Code", e -> e.code().orElse(""), Comparator.comparing(e -> e.code().orElse(""))),
	LABEL("Label", e -> e.label().orElse(""), Comparator.comparing(e -> e.label().orElse(""))),
	VALUE("Value", e -> e.number().map(EventText::number).orElse(""),
			Comparator.comparing((TimelineEvent e) -> e.number().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))),
	TEXT("Text", e -> e.text().orElse(""), Comparator.comparing(e -> e.text().orElse(""))),
	UNIT("Unit", e -> e.unit().orElse(""), Comparator.comparing(e -> e.unit().orElse("")));

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	final String header;
	final Function<TimelineEvent, String> text;
	final Comparator<TimelineEvent> order;

	EventText(String header, Function<TimelineEvent, String> text, Comparator<TimelineEvent> order) {
		this.header = header;
		this.text = text;
		this.order = order;
	}

	static String time(Optional<LocalDateTime> time) {
		return time.map(FORMAT::format).orElse("");
	}

	/** {@code 104} rather than {@code 104.0}; other numbers as Java writes them. */
	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	private static <T extends Comparable<T>> Comparator<T> nullsLast() {
		return Comparator.nullsLast(Comparator.naturalOrder());
	}
}
