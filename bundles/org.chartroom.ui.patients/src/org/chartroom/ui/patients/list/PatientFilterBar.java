package org.chartroom.ui.patients.list;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.chartroom.core.patients.PatientFilter;
import org.chartroom.core.patients.StayKinds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The filters of the patient list: id, sex, age range at first admission, nested (ICU) stay, death. */
final class PatientFilterBar {

	private static final String ANY = "Any";
	/** The spinners' ends mean "no limit". */
	private static final int YOUNGEST = 0;
	private static final int OLDEST = 120;

	private final Text id;
	private final Combo sex;
	private final Spinner minAge;
	private final Spinner maxAge;
	private final Label nestedLabel;
	private final Combo icu;
	private final Combo died;

	PatientFilterBar(Composite parent, Runnable changed) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(4, false));

		label(bar, "Id");
		id = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		id.setMessage("starts with…");
		id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		id.addModifyListener(e -> changed.run());
		label(bar, "Sex");
		sex = choice(bar, List.of(ANY), changed);

		label(bar, "Age from");
		minAge = age(bar, YOUNGEST, changed);
		label(bar, "to");
		maxAge = age(bar, OLDEST, changed);
		minAge.setToolTipText("Age at first admission, " + YOUNGEST + " to " + OLDEST + " for all. Ages above 89 count as 90 and more.");
		maxAge.setToolTipText(minAge.getToolTipText());

		nestedLabel = label(bar, "ICU stay");
		icu = choice(bar, List.of(ANY, "Yes", "No"), changed);
		label(bar, "Died");
		died = choice(bar, List.of(ANY, "Yes", "No"), changed);
	}

	/** Offers the sex values the dataset has. */
	void sexes(List<String> values) {
		sex.removeAll();
		sex.add(ANY);
		values.forEach(sex::add);
		sex.select(0);
	}

	/**
	 * Names the stay filter after the model's nested stays: "ICU stay" where the model marks ICU stays,
	 * else "Visit detail" (OMOP), which must not pass for an ICU stay.
	 */
	void stayKinds(StayKinds kinds) {
		nestedLabel.setText(kinds.nestedStay());
		nestedLabel.setToolTipText(kinds.nestedAreIcu() ? "Patients with (Yes) or without (No) an ICU stay"
				: "Patients with (Yes) or without (No) a " + kinds.nestedStay().toLowerCase(Locale.ROOT)
						+ "; the model does not say which of them are ICU stays");
		icu.setToolTipText(nestedLabel.getToolTipText());
		nestedLabel.getParent().layout();
	}

	/** The filter as the widgets say, on the first page. */
	PatientFilter apply(PatientFilter filter) {
		return filter.withIdPrefix(id.getText()).withSex(sex.getSelectionIndex() > 0 ? Optional.of(sex.getText()) : Optional.empty())
				.withAges(limit(minAge, YOUNGEST), limit(maxAge, OLDEST)).withIcuStay(yesNo(icu)).withDied(yesNo(died));
	}

	private static OptionalInt limit(Spinner spinner, int none) {
		return spinner.getSelection() == none ? OptionalInt.empty() : OptionalInt.of(spinner.getSelection());
	}

	private static Optional<Boolean> yesNo(Combo combo) {
		return switch (combo.getSelectionIndex()) {
		case 1 -> Optional.of(true);
		case 2 -> Optional.of(false);
		default -> Optional.empty();
		};
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Combo choice(Composite parent, List<String> values, Runnable changed) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		values.forEach(combo::add);
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> changed.run());
		return combo;
	}

	private static Spinner age(Composite parent, int initial, Runnable changed) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(initial, YOUNGEST, OLDEST, 0, 1, 10);
		spinner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		spinner.addModifyListener(e -> changed.run());
		return spinner;
	}
}
