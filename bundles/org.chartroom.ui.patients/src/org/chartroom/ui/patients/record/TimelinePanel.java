package org.chartroom.ui.patients.record;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.patients.Timeline;
import org.chartroom.model.warehouse.ConceptSet;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The timeline chart with its time controls: zoom in and out (buttons, or the mouse wheel over the
 * chart), pan left and right, fit to all events; drag a rectangle to zoom into it. Concepts the user
 * adds are charted below the labs until removed; the chart can be saved as a PNG file.
 */
final class TimelinePanel {

	private static final double ZOOM = 0.5;
	private static final double PAN = 0.25;
	private static final int COLUMNS = 8;

	private final Composite control;
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Label empty;
	private final ChartComposite chartView;
	private final Composite addedBar;
	private final List<Concept> added = new ArrayList<>();
	private Optional<JFreeChart> chart = Optional.empty();
	private Optional<Timeline> timeline = Optional.empty();
	private List<ConceptSet> vitals = List.of();

	/**
	 * @param pickConcept asked to let the user choose a concept (in a dialog, once the dataset's concepts
	 *                    are read) and to hand it over, on the UI thread
	 */
	TimelinePanel(Composite parent, Consumer<Consumer<Concept>> pickConcept) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(COLUMNS, false));
		button("Zoom in", () -> zoom(ZOOM));
		button("Zoom out", () -> zoom(1 / ZOOM));
		button("◀", () -> pan(-PAN));
		button("▶", () -> pan(PAN));
		button("Fit", this::fit);
		button("Add concept…", () -> pickConcept.accept(this::add)).setToolTipText(
				"Chart the values of any concept (a lab, a chart item, a measurement) for this patient, found by name or code");
		button("Save as PNG…", this::savePng).setToolTipText("Save the chart as it is shown to a PNG file");
		Label hint = new Label(control, SWT.NONE);
		hint.setText("Wheel or buttons: zoom · drag to the right: zoom to that span · ◀ ▶: pan · hover a point: value, unit and time");
		hint.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		addedBar = new Composite(control, SWT.NONE);
		RowLayout row = new RowLayout();
		row.marginTop = row.marginBottom = 0;
		addedBar.setLayout(row);
		GridData addedData = new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1);
		addedData.exclude = true;
		addedBar.setLayoutData(addedData);
		addedBar.setVisible(false);

		stack = new Composite(control, SWT.NONE);
		stack.setLayout(layout);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, COLUMNS, 1));
		empty = new Label(stack, SWT.CENTER | SWT.WRAP);
		empty.setText("No timed events to chart.");
		// no Properties, Save or Print entries: jfreechart-swt's Save calls a JFreeChart 1.0 class that 1.5 renamed
		chartView = new ChartComposite(stack, SWT.NONE, null, 600, 400, 100, 100, 4000, 4000, true, false, false, false, true,
				true);
		chartView.setRangeZoomable(false);
		chartView.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? ZOOM : 1 / ZOOM));
		layout.topControl = empty;
	}

	Composite control() {
		return control;
	}

	void show(Timeline shown, List<ConceptSet> vitalSigns) {
		timeline = Optional.of(shown);
		vitals = vitalSigns;
		redraw();
	}

	private void redraw() {
		showAdded();
		if (timeline.isEmpty()) {
			return;
		}
		chart = TimelineChart.of(timeline.get(), vitals, added);
		chartView.setChart(chart.orElse(null));
		empty.setText("No event with a time to chart here: see the tables in the other tabs.");
		layout.topControl = chart.isPresent() ? chartView : empty;
		stack.layout();
	}

	/** Adds a concept to the chart; it stays there for the next patients until removed. */
	void add(Concept concept) {
		if (added.stream().noneMatch(c -> c.dictionary().equals(concept.dictionary()) && c.key().equals(concept.key()))) {
			added.add(concept);
		}
		redraw();
	}

	/** One button per added concept, which removes it; it says so when this timeline has no value of it. */
	private void showAdded() {
		for (Control child : addedBar.getChildren()) {
			child.dispose();
		}
		new Label(addedBar, SWT.NONE).setText("Added:");
		for (Concept concept : added) {
			boolean none = timeline.map(t -> t.eventsOf(concept.dictionary(), concept.key()).isEmpty()).orElse(false);
			Button remove = new Button(addedBar, SWT.PUSH);
			remove.setText("✕ " + concept.label().strip() + (none ? " (no value here)" : ""));
			remove.setToolTipText("Remove " + concept.label().strip() + " (" + concept.dictionary() + " " + concept.key()
					+ ") from the timeline");
			remove.addListener(SWT.Selection, e -> {
				added.remove(concept);
				redraw();
			});
		}
		boolean any = !added.isEmpty();
		((GridData) addedBar.getLayoutData()).exclude = !any;
		addedBar.setVisible(any);
		control.layout(true, true);
	}

	void clear(String message) {
		timeline = Optional.empty();
		chart = Optional.empty();
		chartView.setChart(null);
		empty.setText(message);
		layout.topControl = empty;
		stack.layout();
	}

	/** For tests: the chart drawn, if any. */
	Optional<JFreeChart> chart() {
		return chart;
	}

	ChartComposite chartView() {
		return chartView;
	}

	/** For tests: the concepts added. */
	List<Concept> added() {
		return List.copyOf(added);
	}

	private Button button(String text, Runnable action) {
		Button button = new Button(control, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Our own "Save as PNG": jfreechart-swt's calls a class JFreeChart 1.5 renamed, so its menu entry is hidden. */
	private void savePng() {
		if (chart.isEmpty()) {
			return;
		}
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setFileName("timeline.png");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Point size = chartView.getSize();
		try {
			ChartUtils.saveChartAsPNG(new File(file), chart.get(), Math.max(size.x, 400), Math.max(size.y, 300));
		} catch (IOException e) {
			MessageDialog.openError(control.getShell(), "Save as PNG", "Could not write " + file + ": " + e.getMessage());
		}
	}

	private Optional<ValueAxis> timeAxis() {
		return chart.map(c -> ((XYPlot) c.getPlot()).getDomainAxis());
	}

	private void zoom(double factor) {
		timeAxis().ifPresent(axis -> {
			double centre = axis.getRange().getCentralValue();
			double half = axis.getRange().getLength() * factor / 2;
			axis.setRange(centre - half, centre + half);
		});
	}

	private void pan(double share) {
		timeAxis().ifPresent(axis -> {
			double shift = axis.getRange().getLength() * share;
			axis.setRange(axis.getLowerBound() + shift, axis.getUpperBound() + shift);
		});
	}

	private void fit() {
		chartView.restoreAutoDomainBounds();
	}
}
