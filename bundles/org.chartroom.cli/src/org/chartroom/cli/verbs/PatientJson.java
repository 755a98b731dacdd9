package org.chartroom.cli.verbs;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.Optional;

import org.chartroom.cli.output.ValueText;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.patients.TimelineEvent;

import com.google.gson.stream.JsonWriter;

/**
 * A patient as one JSON object: {@code {"dataset", "idColumn", "patient": {...}, "stays": [...],
 * "events": [{"table", "domain", "count", "first", "last", "events": [...]}]}}. Times are strings in the
 * CSV form, absent values {@code null}; ages are strings because MIMIC-III's oldest are {@code ">89"}.
 */
final class PatientJson {

	private final PrintWriter out;

	PatientJson(PrintWriter out) {
		this.out = out;
	}

	void print(String dataset, String idColumn, PatientSummary patient, Timeline timeline) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.beginObject().name("dataset").value(dataset).name("idColumn").value(idColumn);
		json.name("patient").beginObject();
		value(json.name("id"), patient.id());
		json.name("sex").value(patient.sex().orElse(null));
		time(json.name("birth"), patient.birth());
		time(json.name("death"), patient.death());
		json.name("died").value(patient.died());
		json.name("ageAtFirstAdmission").value(patient.ageAtFirstStay().map(Object::toString).orElse(null));
		json.endObject();
		json.name("stays").beginArray();
		for (Stay stay : patient.stays()) {
			json.beginObject().name("table").value(stay.table()).name("kind").value(stay.kind()).name("level").value(stay.level());
			value(json.name("id"), stay.id());
			value(json.name("parentId"), stay.parentId().orElse(null));
			time(json.name("start"), stay.start());
			time(json.name("end"), stay.end());
			json.name("lengthOfStayDays").value(stay.lengthInDays().orElse(null));
			json.name("ageAtStart").value(stay.ageAtStart().map(Object::toString).orElse(null));
			json.endObject();
		}
		json.endArray();
		json.name("events").beginArray();
		for (EventSeries series : timeline.series()) {
			json.beginObject().name("table").value(series.table()).name("domain").value(series.domain()).name("count")
					.value(series.events().size());
			time(json.name("first"), series.events().stream().flatMap(e -> e.time().stream()).findFirst());
			time(json.name("last"), series.events().stream().flatMap(e -> e.time().stream()).reduce((a, b) -> b));
			json.name("events").beginArray();
			for (TimelineEvent event : series.events()) {
				json.beginObject();
				time(json.name("time"), event.time());
				time(json.name("end"), event.end());
				json.name("code").value(event.code().orElse(null)).name("label").value(event.label().orElse(null));
				json.name("value").value(event.number().orElse(null)).name("text").value(event.text().orElse(null));
				json.name("unit").value(event.unit().orElse(null));
				json.endObject();
			}
			json.endArray().endObject();
		}
		json.endArray().endObject();
		json.flush();
		out.println();
		out.flush();
	}

	private static void value(JsonWriter json, Object value) throws IOException {
		switch (value) {
		case null -> json.nullValue();
		case Number n -> json.value(n);
		default -> json.value(ValueText.of(value));
		}
	}

	private static void time(JsonWriter json, Optional<LocalDateTime> time) throws IOException {
		if (time.isPresent()) {
			json.value(ValueText.of(time.get()));
		} else {
			json.nullValue();
		}
	}
}
