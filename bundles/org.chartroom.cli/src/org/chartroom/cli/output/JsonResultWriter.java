package org.chartroom.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;

import org.chartroom.core.store.QuerySummary;
import org.chartroom.core.store.ResultColumn;

import com.google.gson.stream.JsonWriter;

/**
 * A result as one JSON object, streamed:
 * {@code {"columns":[{"name":..,"type":..}],"rows":[[..],..],"rowCount":n}}. Numbers stay
 * numbers, timestamps are strings in the CSV form, NULL is {@code null}.
 */
final class JsonResultWriter implements ResultWriter {

	private final PrintWriter out;
	private final JsonWriter json;

	JsonResultWriter(PrintWriter out) {
		this.out = out;
		this.json = new JsonWriter(out);
	}

	@Override
	public void columns(List<ResultColumn> columns) throws IOException {
		json.beginObject().name("columns").beginArray();
		for (ResultColumn column : columns) {
			json.beginObject().name("name").value(column.name()).name("type").value(column.typeName()).endObject();
		}
		json.endArray().name("rows").beginArray();
	}

	@Override
	public void row(Object[] values) throws IOException {
		json.beginArray();
		for (Object value : values) {
			switch (value) {
			case null -> json.nullValue();
			case Boolean b -> json.value(b);
			case BigDecimal d -> json.jsonValue(d.toPlainString());
			case Double d when d.isNaN() || d.isInfinite() -> json.nullValue();
			case Float f when f.isNaN() || f.isInfinite() -> json.nullValue();
			case Number n -> json.jsonValue(ValueText.of(n));
			default -> json.value(ValueText.of(value));
			}
		}
		json.endArray();
	}

	@Override
	public void finish(QuerySummary summary) throws IOException {
		json.endArray().name("rowCount").value(summary.rowCount()).endObject();
		json.flush();
		out.println();
		out.flush();
	}
}
