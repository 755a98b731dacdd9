package org.chartroom.report.internal;

import org.chartroom.report.ReportChart;
import org.eclipse.birt.chart.model.Chart;
import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.ChartDimension;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.QueryImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;
import org.eclipse.birt.chart.model.type.impl.LineSeriesImpl;

/** BIRT chart models for the charts designs ask for: one x axis, one y axis, one or more series. */
final class ChartModels {

	static final double WIDTH_POINTS = 7 * 72;
	static final double HEIGHT_POINTS = 3 * 72;

	private ChartModels() {
	}

	static Chart of(ReportChart spec) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		chart.setType(spec.kind() == ReportChart.Kind.BAR ? "Bar Chart" : "Line Chart");
		chart.setSubType(spec.kind() == ReportChart.Kind.BAR ? "Side-by-side" : "Overlay");
		chart.setDimension(ChartDimension.TWO_DIMENSIONAL_LITERAL);
		// BIRT skips a chart whose block has no size; the report item's 7in x 3in in points
		chart.getBlock().setBounds(BoundsImpl.create(0, 0, WIDTH_POINTS, HEIGHT_POINTS));
		chart.getTitle().getLabel().getCaption().setValue(spec.title());
		chart.getLegend().setVisible(spec.series().isPresent());
		chart.getLegend().setPosition(Position.RIGHT_LITERAL);

		Axis x = chart.getPrimaryBaseAxes()[0];
		x.setType(spec.kind() == ReportChart.Kind.LINE ? AxisType.DATE_TIME_LITERAL : AxisType.TEXT_LITERAL);
		SeriesDefinition categories = SeriesDefinitionImpl.create();
		Series base = SeriesImpl.create();
		base.getDataDefinition().add(QueryImpl.create(row(spec.category())));
		categories.getSeries().add(base);
		x.getSeriesDefinitions().add(categories);

		Axis y = chart.getPrimaryOrthogonalAxis(x);
		y.setType(AxisType.LINEAR_LITERAL);
		y.getTitle().getCaption().setValue(spec.valueTitle());
		y.getTitle().setVisible(true);
		SeriesDefinition values = SeriesDefinitionImpl.create();
		spec.series().ifPresent(column -> values.setQuery(QueryImpl.create(row(column))));
		Series series = spec.kind() == ReportChart.Kind.BAR ? BarSeriesImpl.create() : LineSeriesImpl.create();
		series.getDataDefinition().add(QueryImpl.create(row(spec.value())));
		series.getLabel().setVisible(spec.kind() == ReportChart.Kind.BAR && spec.series().isEmpty());
		values.getSeries().add(series);
		y.getSeriesDefinitions().add(values);
		return chart;
	}

	private static String row(String column) {
		return "row[\"" + column + "\"]";
	}
}
