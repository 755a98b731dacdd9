package org.chartroom.ui.cohort.counts;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;

import org.chartroom.cohort.run.AttritionStep;
import org.chartroom.cohort.run.CohortCounts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The attrition: a horizontal bar chart of the entries and patients that remain after each step (the
 * entry event, then each top-level criterion), and the same figures in a table below it.
 */
public final class AttritionChart {

	static final String ENTRIES = "Entries";
	static final String PATIENTS = "Patients";
	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private final Composite area;
	private final ChartComposite chartView;
	private final Table figures;
	private final NumberFormat numbers = NumberFormat.getIntegerInstance();

	public AttritionChart(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		// no Properties, Save or Print entries: jfreechart-swt's Save calls a JFreeChart 1.0 class that 1.5 renamed
		chartView = new ChartComposite(area, SWT.NONE, null, 400, 240, 100, 100, 4000, 4000, true, false, false, false, false,
				false);
		chartView.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		figures = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		figures.setHeaderVisible(true);
		figures.setLinesVisible(true);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, false);
		table.heightHint = 120;
		figures.setLayoutData(table);
		column("Step", 260, SWT.LEFT);
		column(ENTRIES, 80, SWT.RIGHT);
		column(PATIENTS, 80, SWT.RIGHT);
		column("% entries kept", 100, SWT.RIGHT);
	}

	public Control control() {
		return area;
	}

	/** The chart itself (tests read its dataset). */
	public ChartComposite chartView() {
		return chartView;
	}

	public Table figures() {
		return figures;
	}

	public void show(CohortCounts counts) {
		List<AttritionStep> steps = counts.attrition();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		figures.removeAll();
		long previous = -1;
		for (int i = 0; i < steps.size(); i++) {
			AttritionStep step = steps.get(i);
			String category = category(i, step);
			data.addValue(step.entries(), ENTRIES, category);
			data.addValue(step.patients(), PATIENTS, category);
			TableItem row = new TableItem(figures, SWT.NONE);
			String kept = previous <= 0 ? "" : String.format("%.1f %%", 100.0 * step.entries() / previous);
			row.setText(new String[] { category, numbers.format(step.entries()), numbers.format(step.patients()), kept });
			previous = step.entries();
		}
		chartView.setChart(chart(data));
		chartView.forceRedraw();
	}

	public void clear() {
		figures.removeAll();
		chartView.setChart(null);
		chartView.forceRedraw();
	}

	/** {@code 0. ICU stays}, {@code 1. age 18 to 89 years}: numbered, as two criteria may read alike. */
	static String category(int index, AttritionStep step) {
		return index + ". " + step.label();
	}

	private static JFreeChart chart(DefaultCategoryDataset data) {
		CategoryAxis steps = new CategoryAxis(null);
		steps.setTickLabelFont(SMALL);
		steps.setMaximumCategoryLabelWidthRatio(0.45f);
		NumberAxis remaining = new NumberAxis("remaining");
		remaining.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		remaining.setTickLabelFont(SMALL);
		remaining.setLabelFont(SMALL);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, new Color(0x3b, 0x75, 0xaf));
		bars.setSeriesPaint(1, new Color(0xef, 0x8a, 0x3c));
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(SMALL);
		CategoryPlot plot = new CategoryPlot(data, steps, remaining, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		JFreeChart chart = new JFreeChart(null, SMALL, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(SMALL);
		return chart;
	}

	private void column(String title, int width, int align) {
		TableColumn column = new TableColumn(figures, align);
		column.setText(title);
		column.setWidth(width);
	}
}
