package org.chartroom.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.contrib.Contributions;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.UnknownDatasetException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportFormat;
import org.chartroom.report.ReportParameter;
import org.chartroom.report.ReportService;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The report service: one BIRT engine, started on the first run and destroyed when the component
 * goes. Each run opens the design, checks the parameters against it, puts the design's computed SQL
 * and charts in, and renders it with a read-only JDBC connection into the dataset passed to BIRT's
 * JDBC driver (so the design needs no URL and no credentials).
 */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

	/** BIRT's JDBC driver takes this connection instead of opening one of its own. */
	private static final String PASS_IN_CONNECTION = "OdaJDBCDriverPassInConnection";
	private static final String CLOSE_AFTER_USE = "OdaJDBCDriverPassInConnectionCloseAfterUse";
	/** What a design can read through {@code reportContext.getAppContext().get(...)}. */
	public static final String APP_DATASET = "chartroom.dataset";
	public static final String APP_SOURCE = "chartroom.source";

	private final BirtEngine engine = new BirtEngine();
	private final List<ReportDesign> designs = new CopyOnWriteArrayList<>();
	private final Contributions contributions = Contributions.loggingOnly();
	private final List<Connector> connectors = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeDesign")
	void addDesign(ReportDesign design) {
		designs.add(design);
	}

	void removeDesign(ReportDesign design) {
		designs.remove(design);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeConnector")
	void addConnector(Connector connector) {
		connectors.add(connector);
	}

	void removeConnector(Connector connector) {
		connectors.remove(connector);
	}

	@Deactivate
	void deactivate() {
		engine.close();
	}

	@Override
	public List<ReportDesign> designs() {
		// A design whose id throws is left out (and logged), so one faulty plugin hides no other report.
		return contributions.usable("report", designs, ReportDesign::id).stream().sorted(Comparator.comparing(ReportDesign::id))
				.toList();
	}

	@Override
	public Optional<ReportDesign> find(String id) {
		return designs().stream().filter(d -> d.id().equals(id)).findFirst();
	}

	@Override
	public List<ReportParameter> parameters(ReportDesign design) throws ReportException {
		return ParameterValues.declared(open(design));
	}

	@Override
	public void run(Workspace workspace, String dataset, ReportDesign design, Map<String, String> parameters,
			ReportFormat format, OutputStream out, IProgressMonitor monitor) throws ReportException, StoreException {
		IProgressMonitor progress = monitor != null ? monitor : new NullProgressMonitor();
		DatasetInfo info = requireDataset(workspace, dataset);
		IReportRunnable runnable = open(design);
		ReportDesignHandle handle = (ReportDesignHandle) runnable.getDesignHandle();
		Map<String, Object> values = ParameterValues.check(design, handle, parameters);
		Optional<Dataset> model = connectors.stream().filter(c -> c.id().equals(info.sourceKind())).findFirst()
				.map(connector -> connector.schemaOf(info));
		ReportContext context = new ReportContext(workspace, info, model, Map.copyOf(parameters));
		DesignQueries.apply(design, handle, design.queries(context));
		ChartItems.add(design, handle, design.charts(context));
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		try (Connection connection = workspace.readOnlyConnection(info.name())) {
			render(engine().openReportDesign(handle), Map.of(PASS_IN_CONNECTION, connection, CLOSE_AFTER_USE, Boolean.FALSE,
					APP_DATASET, info.name(), APP_SOURCE, info.sourceKind()), values, format, out, design, progress);
		} catch (SQLException e) {
			throw new StoreException("Could not close the connection of the report: " + e.getMessage(), e);
		} catch (BirtException e) {
			throw new ReportException("BIRT could not run the report '" + design.id() + "': " + e.getMessage(), e);
		}
	}

	@SuppressWarnings("unchecked")
	private void render(IReportRunnable runnable, Map<String, Object> appContext, Map<String, Object> values, ReportFormat format,
			OutputStream out, ReportDesign design, IProgressMonitor progress) throws BirtException, ReportException {
		IRunAndRenderTask task = engine().createRunAndRenderTask(runnable);
		try (CancelWatcher watcher = CancelWatcher.watch(progress, task::cancel)) {
			task.setParameterValues(values);
			task.getAppContext().putAll(appContext);
			task.setRenderOption(RenderOptions.of(format, out));
			task.run();
			if (progress.isCanceled()) {
				throw new OperationCanceledException("The report was cancelled.");
			}
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportException("The report '" + design.id() + "' failed: " + errorText(errors.get(0))
						+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""));
			}
		} finally {
			task.close();
		}
	}

	private static String errorText(Object error) {
		if (error instanceof Throwable t) {
			Throwable root = t;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return root == t ? t.getMessage() : t.getMessage() + ": " + root.getMessage();
		}
		return String.valueOf(error);
	}

	private IReportRunnable open(ReportDesign design) throws ReportException {
		try (InputStream in = design.open()) {
			return engine().openReportDesign(design.id(), in);
		} catch (IOException e) {
			throw new ReportException("Cannot read the design of report '" + design.id() + "': " + e.getMessage(), e);
		} catch (BirtException e) {
			throw new ReportException("The design of report '" + design.id() + "' is not a BIRT design: " + errorText(e), e);
		}
	}

	private IReportEngine engine() throws ReportException {
		try {
			return engine.get();
		} catch (BirtException e) {
			throw new ReportException("BIRT's report engine did not start: " + e.getMessage(), e);
		}
	}

	private static DatasetInfo requireDataset(Workspace workspace, String dataset) throws StoreException {
		Optional<DatasetInfo> info = workspace.findDataset(dataset);
		if (info.isEmpty()) {
			workspace.tables(dataset); // throws the error that lists the datasets there are
			throw new UnknownDatasetException("Unknown dataset '" + dataset + "'.");
		}
		return info.get();
	}
}
