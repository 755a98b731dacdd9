package org.chartroom.synthetic.mimic3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a patient is admitted ({@code data/conditions.tsv}): it shapes the admission's text, care
 * unit, codes and the chances of death, ventilation, lines and vasopressors.
 *
 * @param drgs {@code TYPE:CODE} pairs, e.g. {@code MS:871}
 */
record Condition(String name, Weighted<String> admitText, Weighted<String> careunits, Weighted<String> services,
		Weighted<String> admissionTypes, Weighted<String> primary, List<String> related, List<String> procedures,
		List<String> drgs, double mortality, double vent, double art, double cvl, double shock) {

	static Weighted<Condition> load() {
		Weighted<Condition> conditions = new Weighted<>();
		for (Tsv.Row row : Tsv.read("conditions.tsv")) {
			conditions.add(new Condition(row.text("condition"), Weighted.parse(row.text("admit_text")),
					Weighted.parse(row.text("careunit")), Weighted.parse(row.text("service")),
					Weighted.parse(row.text("admission_type")), Weighted.parse(row.text("primary")), list(row.text("related")),
					list(row.text("procedures")), list(row.text("drg")), row.number("mortality"), row.number("vent"),
					row.number("art"), row.number("cvl"), row.number("shock")), row.number("weight"));
		}
		return conditions;
	}

	private static List<String> list(String text) {
		return text.isEmpty() ? List.of() : List.copyOf(new ArrayList<>(Arrays.asList(text.split("\\|"))));
	}
}
