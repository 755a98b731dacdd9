package org.chartroom.ui.concepts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptDetails;
import org.chartroom.core.concepts.ConceptUse;
import org.chartroom.core.concepts.NumericDistribution;
import org.chartroom.core.concepts.TextDistribution;
import org.chartroom.core.concepts.ValueDistribution;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The selected concept: its name, its use per event table, every column of its dictionary row, and
 * the spread of its values (a histogram for numbers, the top values for text).
 */
final class ConceptDetailsPane {

	private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);
	private static final DecimalFormat VALUE = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

	private final ScrolledComposite scroller;
	private final Composite content;
	private final List<Image> images = new ArrayList<>();

	ConceptDetailsPane(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(content);
		scroller.setContent(content);
		scroller.addDisposeListener(e -> disposeImages());
		showMessage("Select a concept to see its details and the spread of its values.");
	}

	Control control() {
		return scroller;
	}

	void showMessage(String message) {
		clear();
		wide(message, false);
		relayout();
	}

	void showLoading(Concept concept) {
		clear();
		wide(concept.label().strip(), true);
		wide("Reading its values…", false);
		relayout();
	}

	/** @param charts the PNG of each numeric distribution's histogram */
	void show(ConceptDetails details, Map<NumericDistribution, byte[]> charts) {
		clear();
		Concept concept = details.concept();
		wide(concept.label().strip(), true);
		wide(concept.dictionary() + " " + concept.key() + (concept.used()
				? ": " + COUNT.format(concept.patients()) + " patients, " + COUNT.format(concept.rows()) + " rows"
				: ": not used in this dataset"), false);
		for (ConceptUse use : concept.uses()) {
			wide("    " + use.eventTable() + ": " + COUNT.format(use.patients()) + " patients, " + COUNT.format(use.rows())
					+ " rows", false);
		}
		for (ConceptDetails.Field field : details.fields()) {
			new Label(content, SWT.NONE).setText(field.column());
			Label value = new Label(content, SWT.WRAP);
			value.setText(field.value().isEmpty() ? "—" : field.value());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		}
		for (ValueDistribution distribution : details.distributions()) {
			switch (distribution) {
			case NumericDistribution numbers -> numbers(numbers, charts.get(numbers));
			case TextDistribution text -> text(text);
			}
		}
		if (details.distributions().isEmpty() && concept.used()) {
			wide("Its rows hold no values.", false);
		}
		relayout();
	}

	private void numbers(NumericDistribution numbers, byte[] png) {
		String unit = numbers.unit().isEmpty() ? "" : " " + numbers.unit();
		wide(numbers.eventTable() + "." + numbers.column() + ": " + COUNT.format(numbers.count()) + " values, min "
				+ VALUE.format(numbers.min()) + ", median " + VALUE.format(numbers.median()) + ", max "
				+ VALUE.format(numbers.max()) + unit, true);
		if (png != null) {
			Image image = HistogramImage.image(content.getDisplay(), png);
			images.add(image);
			Label chart = new Label(content, SWT.NONE);
			chart.setImage(image);
			chart.setData("chartroom.histogram", numbers);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(chart);
		}
	}

	private void text(TextDistribution text) {
		wide(text.eventTable() + "." + text.column() + ": " + COUNT.format(text.count()) + " values, the most frequent:", true);
		Table table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn value = new TableColumn(table, SWT.LEFT);
		value.setText("Value");
		TableColumn rows = new TableColumn(table, SWT.RIGHT);
		rows.setText("Rows");
		for (TextDistribution.ValueCount top : text.top()) {
			new TableItem(table, SWT.NONE).setText(new String[] { top.value(), COUNT.format(top.count()) });
		}
		value.pack();
		rows.pack();
		GridDataFactory.fillDefaults().span(2, 1).applyTo(table);
	}

	private void wide(String text, boolean bold) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		if (bold) {
			label.setFont(JFaceResources.getBannerFont());
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
	}

	private void clear() {
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		disposeImages();
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}

	private void relayout() {
		content.layout(true, true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}
}
