package org.chartroom.report.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chartroom.report.ReportChart;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.DataSetHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;

/**
 * Draws a design's {@link ReportChart}s into its placeholder grids as BIRT chart items, bound to
 * their data sets. The charts render as PNG in every format.
 */
final class ChartItems {

	/** BIRT's name for the chart report item, and the property that holds its chart model. */
	private static final String CHART_EXTENSION = "Chart";
	private static final String CHART_INSTANCE = "chart.instance";

	private ChartItems() {
	}

	static void add(ReportDesign report, ReportDesignHandle design, List<ReportChart> charts) throws ReportException {
		for (ReportChart chart : charts) {
			try {
				cellOf(report, design, chart).getContent().add(item(report, design, chart));
			} catch (SemanticException e) { // also ExtendedElementException
				throw new ReportException("Cannot put the chart '" + chart.title() + "' into report '" + report.id()
						+ "': " + e.getMessage(), e);
			}
		}
	}

	private static CellHandle cellOf(ReportDesign report, ReportDesignHandle design, ReportChart chart) throws ReportException {
		DesignElementHandle element = design.findElement(chart.placeholder());
		if (!(element instanceof GridHandle grid) || grid.getCell(0, 0) == null) {
			throw new ReportException("The design of report '" + report.id() + "' has no grid '" + chart.placeholder()
					+ "' to draw the chart '" + chart.title() + "' in.");
		}
		return grid.getCell(0, 0);
	}

	private static ExtendedItemHandle item(ReportDesign report, ReportDesignHandle design, ReportChart chart)
			throws SemanticException, ReportException {
		DataSetHandle dataSet = design.findDataSet(chart.dataSet());
		if (dataSet == null) {
			throw new ReportException("The design of report '" + report.id() + "' has no data set '" + chart.dataSet()
					+ "' for the chart '" + chart.title() + "'.");
		}
		ExtendedItemHandle item = design.getElementFactory().newExtendedItem(chart.placeholder() + ".chart", CHART_EXTENSION);
		item.setWidth("7in");
		item.setHeight("3in");
		item.setProperty("outputFormat", "PNG");
		item.setDataSet(dataSet);
		Set<String> columns = new LinkedHashSet<>(List.of(chart.category(), chart.value()));
		chart.series().ifPresent(columns::add);
		for (String column : columns) {
			ComputedColumn binding = StructureFactory.newComputedColumn(item, column);
			binding.setExpression("dataSetRow[\"" + column + "\"]");
			item.addColumnBinding(binding, false);
		}
		item.getReportItem().setProperty(CHART_INSTANCE, ChartModels.of(chart));
		return item;
	}
}
