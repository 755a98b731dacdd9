package org.chartroom.report;

import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;

/**
 * What a design needs to compute its SQL: the open workspace, the dataset, the model of the
 * connector it came from (empty when that connector is not installed), and the parameters the user
 * gave, already checked against the design.
 */
public record ReportContext(Workspace workspace, DatasetInfo dataset, Optional<Dataset> model,
		Map<String, String> parameters) {

	/** The model, or an error that says which connector is missing. */
	public Dataset requireModel(String report) throws ReportException {
		return model.orElseThrow(() -> new ReportException("The report '" + report + "' reads the model of dataset "
				+ dataset.name() + ", but no connector '" + dataset.sourceKind() + "' is installed."));
	}
}
