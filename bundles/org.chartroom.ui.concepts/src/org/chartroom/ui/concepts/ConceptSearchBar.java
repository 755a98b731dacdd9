package org.chartroom.ui.concepts;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptQuery;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The search box and the domain, vocabulary and dictionary filters. Every change (a keystroke, a
 * filter) is reported to the listener, which debounces it.
 */
final class ConceptSearchBar {

	static final String ALL = "All";

	private final Composite control;
	private final Text text;
	private final Combo domain;
	private final Combo vocabulary;
	private final Combo dictionary;

	ConceptSearchBar(Composite parent, Runnable changed) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 4).applyTo(control);
		text = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Search concepts by name or code");
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed.run());
		domain = filter("Domain:", changed);
		vocabulary = filter("Vocabulary:", changed);
		dictionary = filter("Table:", changed);
	}

	private Combo filter(String label, Runnable changed) {
		new Label(control, SWT.NONE).setText(label);
		Combo combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(ALL);
		combo.select(0);
		combo.setVisibleItemCount(20);
		combo.addModifyListener(e -> changed.run());
		return combo;
	}

	Composite control() {
		return control;
	}

	Text text() {
		return text;
	}

	/** Offers the filter values of a newly read index; every filter starts at "All". */
	void offer(ConceptIndex index) {
		fill(domain, index.categories());
		fill(vocabulary, index.vocabularies());
		fill(dictionary, index.dictionaries());
		control.layout(true);
	}

	private static void fill(Combo combo, List<String> values) {
		combo.removeAll();
		combo.add(ALL);
		values.forEach(combo::add);
		combo.select(0);
		combo.setEnabled(!values.isEmpty());
	}

	/** The search as the widgets state it now. */
	ConceptQuery query(int limit) {
		return new ConceptQuery(text.getText(), chosen(domain), chosen(vocabulary), chosen(dictionary), 0, limit);
	}

	private static Optional<String> chosen(Combo combo) {
		int index = combo.getSelectionIndex();
		return index <= 0 ? Optional.empty() : Optional.of(combo.getItem(index));
	}

	void setEnabled(boolean enabled) {
		text.setEnabled(enabled);
		domain.setEnabled(enabled && domain.getItemCount() > 1);
		vocabulary.setEnabled(enabled && vocabulary.getItemCount() > 1);
		dictionary.setEnabled(enabled && dictionary.getItemCount() > 1);
	}
}
