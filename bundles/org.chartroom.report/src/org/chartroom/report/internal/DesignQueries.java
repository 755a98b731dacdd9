package org.chartroom.report.internal;

import java.util.Map;

import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.eclipse.birt.report.model.api.DataSetHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;

/** Puts the SQL a design computed for one dataset into the design's data sets. */
final class DesignQueries {

	private DesignQueries() {
	}

	static void apply(ReportDesign report, ReportDesignHandle design, Map<String, String> queries) throws ReportException {
		for (Map.Entry<String, String> query : queries.entrySet()) {
			DataSetHandle dataSet = design.findDataSet(query.getKey());
			if (!(dataSet instanceof OdaDataSetHandle oda)) {
				throw new ReportException("The design of report '" + report.id() + "' has no JDBC data set '"
						+ query.getKey() + "'.");
			}
			try {
				oda.setQueryText(query.getValue());
			} catch (SemanticException e) {
				throw new ReportException("Cannot set the query of data set '" + query.getKey() + "': " + e.getMessage(), e);
			}
		}
	}
}
