package org.chartroom.ui.cohort.criteria;

import java.util.Arrays;
import java.util.List;

import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptUse;
import org.chartroom.ui.cohort.CohortDataset;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A concept criterion: codes (or code prefixes) of an event table's concept column, picked with the
 * concept search or typed, optionally in a window of hours from the entry's start, within the entry's
 * stay, and with a numeric value in a range.
 */
final class ConceptPane extends CriterionPane {

	private final ConceptCriterion concept;
	private final Combo table;
	private final List<String> tables;
	private final Text codes;

	ConceptPane(Composite parent, ConceptCriterion concept, CohortDataset dataset, ConceptChooser chooser) {
		super(parent, concept, concept.isCodePrefix() ? "Concept codes by prefix" : "Concept codes");
		this.concept = concept;
		tables = dataset.eventTables();
		form.label("Event table");
		table = new Combo(form.area(), SWT.READ_ONLY);
		tables.forEach(table::add);
		table.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		selectTable(concept.getTable());
		table.addListener(SWT.Selection, e -> concept.setTable(tables.get(table.getSelectionIndex())));
		codes = form.text("Codes", String.join(", ", concept.getCodes()), "keys of the concept column, comma-separated",
				this::codesTyped);
		new org.eclipse.swt.widgets.Label(form.area(), SWT.NONE);
		Button pick = new Button(form.area(), SWT.PUSH);
		pick.setText("Pick Concept…");
		pick.setToolTipText("Search the dataset's concepts by name or code and add one");
		pick.addListener(SWT.Selection, e -> chooser.choose(pick.getShell(), this::picked));
		form.check("Codes are prefixes (4280 matches 4280 and 42800)", concept.isCodePrefix(), concept::setCodePrefix);
		form.check("Within the entry's stay", concept.isSameStay(), concept::setSameStay);
		form.whole("From hour", concept.getWindowStartHours(), "no limit (negative: before entry)", concept::setWindowStartHours);
		form.whole("To hour", concept.getWindowEndHours(), "no limit", concept::setWindowEndHours);
		form.text("Value at least", concept.getMinValue(), "no lower limit", concept::setMinValue);
		form.check("Strictly above it", concept.isMinExclusive(), concept::setMinExclusive);
		form.text("Value at most", concept.getMaxValue(), "no upper limit", concept::setMaxValue);
		form.check("Strictly below it", concept.isMaxExclusive(), concept::setMaxExclusive);
	}

	private void selectTable(String name) {
		for (int i = 0; i < tables.size(); i++) {
			if (tables.get(i).equalsIgnoreCase(String.valueOf(name))) {
				table.select(i);
				return;
			}
		}
		table.deselectAll();
	}

	private void codesTyped(String typed) {
		List<String> values = typed == null ? List.of()
				: Arrays.stream(typed.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
		if (!values.equals(concept.getCodes())) {
			concept.getCodes().clear();
			concept.getCodes().addAll(values);
		}
	}

	/** Adds the concept's key; the event table becomes the first that uses it unless the table chosen does. */
	private void picked(Concept chosen) {
		List<String> using = chosen.uses().stream().map(ConceptUse::eventTable).toList();
		if (!using.isEmpty() && using.stream().noneMatch(t -> t.equalsIgnoreCase(String.valueOf(concept.getTable())))) {
			concept.setTable(tables.stream().filter(t -> t.equalsIgnoreCase(using.get(0))).findFirst().orElse(using.get(0)));
			selectTable(concept.getTable());
		}
		if (label.getText().isBlank()) {
			label.setText(chosen.label().strip()); // its listener writes the label into the criterion
		}
		if (!concept.getCodes().contains(chosen.key())) {
			String text = codes.getText().isBlank() ? chosen.key() : codes.getText().strip() + ", " + chosen.key();
			codes.setText(text); // its listener writes the codes into the criterion
		}
	}
}
