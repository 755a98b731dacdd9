package org.chartroom.ui.cohort.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chartroom.cohort.SexCriterion;
import org.eclipse.swt.widgets.Composite;

/** Sex: the values of the patient table's sex column the patient may have (F, M, or others typed). */
final class SexPane extends CriterionPane {

	private static final List<String> COMMON = List.of("F", "M");

	SexPane(Composite parent, SexCriterion sex) {
		super(parent, sex, "Sex");
		for (String value : COMMON) {
			form.check(value.equals("F") ? "Female (F)" : "Male (M)", sex.getValues().contains(value), on -> {
				if (on && !sex.getValues().contains(value)) {
					sex.getValues().add(value);
				} else if (!on) {
					sex.getValues().remove(value);
				}
			});
		}
		List<String> others = sex.getValues().stream().filter(v -> !COMMON.contains(v)).toList();
		form.text("Other values", String.join(", ", others), "as the sex column holds them, comma-separated", typed -> {
			List<String> values = new ArrayList<>(sex.getValues().stream().filter(COMMON::contains).toList());
			if (typed != null) {
				Arrays.stream(typed.split(",")).map(String::strip).filter(v -> !v.isEmpty() && !values.contains(v)).forEach(values::add);
			}
			if (!values.equals(sex.getValues())) {
				sex.getValues().clear();
				sex.getValues().addAll(values);
			}
		});
	}
}
