package org.chartroom.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A report a user can run against a dataset: a BIRT {@code .rptdesign} plus, for designs that work
 * on any warehouse, the SQL of its data sets computed from the dataset's model. Designs are OSGi
 * services, so an institution's bundle adds its own next to the built-in ones; a design file from
 * disk is {@link FileReportDesign}.
 *
 * <p>The design's JDBC data source is replaced at run time by a read-only connection into the
 * dataset (unqualified table names resolve in it), so a design holds no URL and no credentials.
 * Its report parameters are the parameters users give ({@code --param NAME=VALUE}).
 */
public interface ReportDesign {

	/** The id users type after {@code --report}, e.g. {@code overview}. */
	String id();

	/** A title for people, e.g. {@code Dataset overview}. */
	String name();

	/** One sentence on what the report shows. */
	String description();

	/** The {@code .rptdesign} XML. The caller closes the stream. */
	InputStream open() throws IOException;

	/**
	 * The SQL of the design's data sets for one dataset, by data set name; data sets not named keep
	 * the query written in the design. Called after the parameters were checked against the design.
	 *
	 * @throws ReportException when the dataset cannot carry this report (e.g. its model lacks a
	 *                         patient table) or a parameter names nothing there (an unknown patient)
	 */
	default Map<String, String> queries(ReportContext context) throws ReportException {
		return Map.of();
	}

	/** Charts to draw into the design's placeholder grids (see {@link ReportChart}), for one dataset. */
	default List<ReportChart> charts(ReportContext context) throws ReportException {
		return List.of();
	}
}
