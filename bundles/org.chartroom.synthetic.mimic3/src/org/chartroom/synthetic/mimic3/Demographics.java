package org.chartroom.synthetic.mimic3;

import java.util.HashMap;
import java.util.Map;

/** The administrative value lists of {@code data/demographics.tsv}, by field. */
final class Demographics {

	private final Map<String, Weighted<String>> fields = new HashMap<>();

	Demographics() {
		for (Tsv.Row row : Tsv.read("demographics.tsv")) {
			fields.put(row.text("field"), Weighted.parse(row.text("choices")));
		}
	}

	/** A value of {@code field}; null stands for an empty field. */
	String pick(String field, Chance chance) {
		Weighted<String> values = fields.get(field);
		if (values == null) {
			throw new IllegalStateException("data/demographics.tsv has no field " + field);
		}
		String value = chance.pick(values);
		return Tsv.NULL.equals(value) ? null : value;
	}

	/** A ward id of a care unit, or of the wards outside the ICUs ({@code careunit} null). */
	int ward(String careunit, Chance chance) {
		return Integer.parseInt(pick(careunit == null ? "ward" : "ward_" + careunit, chance));
	}
}
