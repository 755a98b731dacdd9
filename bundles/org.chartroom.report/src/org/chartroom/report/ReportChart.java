package org.chartroom.report;

import java.util.Optional;

/**
 * A chart a design asks for, drawn as an image into the grid named {@link #placeholder} of the
 * design (its first cell). Keeping charts out of the design's XML keeps the XML readable by hand.
 *
 * @param placeholder the name of an empty one-cell grid in the design
 * @param dataSet     the data set the chart reads
 * @param kind        bar or line
 * @param category    the column on the x axis
 * @param value       the numeric column on the y axis
 * @param series      the column whose values make one line or bar series each; empty for one series
 * @param title       the chart's title
 * @param valueTitle  the y axis' title
 */
public record ReportChart(String placeholder, String dataSet, Kind kind, String category, String value,
		Optional<String> series, String title, String valueTitle) {

	/** The kinds of chart the built-in designs need. */
	public enum Kind {
		BAR, LINE
	}
}
