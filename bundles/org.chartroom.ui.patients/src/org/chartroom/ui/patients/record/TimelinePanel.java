package org.chartroom.ui.patients.record;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.patients.Timeline;
import org.chartroom.model.warehouse.ConceptSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.swt.ChartComposite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The timeline chart with its time controls: zoom in and out (buttons, or the mouse wheel over the
 * chart), pan left and right, fit to all events; drag a rectangle to zoom into it.
 */
final class TimelinePanel {

	private static final double ZOOM = 0.5;
	private static final double PAN = 0.25;

	private final Composite control;
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Label empty;
	private final ChartComposite chartView;
	private Optional<JFreeChart> chart = Optional.empty();

	TimelinePanel(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(6, false));
		button("Zoom in", () -> zoom(ZOOM));
		button("Zoom out", () -> zoom(1 / ZOOM));
		button("◀", () -> pan(-PAN));
		button("▶", () -> pan(PAN));
		button("Fit", this::fit);
		Label hint = new Label(control, SWT.NONE);
		hint.setText("Wheel or buttons: zoom · drag to the right: zoom to that span · ◀ ▶: pan · hover a point: value, unit and time");
		hint.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));

		stack = new Composite(control, SWT.NONE);
		stack.setLayout(layout);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
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

	void show(Timeline timeline, List<ConceptSet> vitals) {
		chart = TimelineChart.of(timeline, vitals);
		chartView.setChart(chart.orElse(null));
		layout.topControl = chart.isPresent() ? chartView : empty;
		stack.layout();
	}

	void clear(String message) {
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

	private void button(String text, Runnable action) {
		Button button = new Button(control, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
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
