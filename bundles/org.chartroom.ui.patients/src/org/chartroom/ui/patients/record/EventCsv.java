package org.chartroom.ui.patients.record;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chartroom.core.patients.TimelineEvent;

/** Writes events as the CLI writes CSV: RFC 4180, one header line, absent values as empty unquoted fields. */
final class EventCsv {

	private EventCsv() {
	}

	static void write(Path file, List<TimelineEvent> events) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
			csv.printRecord((Object[]) headers());
			for (TimelineEvent event : events) {
				csv.printRecord(EventText.time(event.time()), EventText.time(event.end()), event.code().orElse(null),
						event.label().orElse(null), event.number().map(EventText::number).orElse(null), event.text().orElse(null),
						event.unit().orElse(null));
			}
		}
	}

	private static String[] headers() {
		EventText[] columns = EventText.values();
		String[] headers = new String[columns.length];
		for (int i = 0; i < columns.length; i++) {
			headers[i] = columns[i].header.toUpperCase(java.util.Locale.ROOT);
		}
		return headers;
	}
}
