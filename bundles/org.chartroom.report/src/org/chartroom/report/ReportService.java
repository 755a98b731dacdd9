package org.chartroom.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs report designs against datasets with one BIRT engine per process. An OSGi service; the CLI
 * and the workbench find it the same way.
 */
public interface ReportService {

	/** The installed designs (built-in and contributed), sorted by id. */
	List<ReportDesign> designs();

	/** The installed design with that id. */
	Optional<ReportDesign> find(String id);

	/** The parameters a design declares, in its order. */
	List<ReportParameter> parameters(ReportDesign design) throws ReportException;

	/**
	 * Runs a design against a dataset and writes it to {@code out} in {@code format}. The stream is
	 * not closed. Cancelling the monitor stops the run with
	 * {@link org.eclipse.core.runtime.OperationCanceledException}.
	 *
	 * @throws ReportParameterException when a parameter is unknown to the design, missing or malformed
	 * @throws ReportException          when the design cannot run on the dataset
	 * @throws StoreException           when the dataset is unknown or the store fails
	 */
	void run(Workspace workspace, String dataset, ReportDesign design, Map<String, String> parameters,
			ReportFormat format, OutputStream out, IProgressMonitor monitor) throws ReportException, StoreException;
}
