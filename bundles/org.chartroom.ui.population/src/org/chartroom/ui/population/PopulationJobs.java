package org.chartroom.ui.population;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.Distribution;
import org.chartroom.population.InstalledStatistics;
import org.chartroom.population.MeasurementStatistic;
import org.chartroom.population.Population;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.Populations;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Calculator;
import org.chartroom.population.export.MembersCsv;
import org.chartroom.population.export.Table1Csv;
import org.chartroom.ui.concepts.pick.ConceptPicker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The Population view's work off the UI thread: computing a Table 1 (and drawing its charts), reading
 * the concept index for "Add measurement…", and the CSV exports, each written to a {@code .part} file
 * moved into place when complete.
 */
final class PopulationJobs {

	private static final int CHART_WIDTH = 460;
	private static final int CHART_HEIGHT = 260;

	private final Workspace workspace;
	private final Supplier<List<Connector>> connectors;
	private final UISynchronize ui;
	private final PopulationView view;

	private Job computing;
	private volatile Optional<Computed> last = Optional.empty();
	private volatile Optional<DatasetIndex> index = Optional.empty();

	/** The last table computed, with what it was computed on (for the exports). */
	private record Computed(PopulationContext context, Table1 table) {
	}

	private record DatasetIndex(String dataset, ConceptIndex index) {
	}

	PopulationJobs(Workspace workspace, Supplier<List<Connector>> connectors, UISynchronize ui, PopulationView view) {
		this.workspace = workspace;
		this.connectors = connectors;
		this.ui = ui;
		this.view = view;
	}

	void compute(PopulationRequest request, List<ConceptRef> measurements) {
		if (computing != null) {
			computing.cancel();
		}
		last = Optional.empty();
		computing = Job.create("Table 1 of " + request.dataset(), monitor -> {
			long start = System.nanoTime();
			try {
				PopulationContext context = context(request);
				List<PopulationStatistic> statistics = new ArrayList<>(InstalledStatistics.list());
				measurements.forEach(m -> statistics.add(new MeasurementStatistic(m)));
				Table1 table = Table1Calculator.compute(context, statistics, monitor);
				List<byte[]> pngs = new ArrayList<>();
				for (Distribution distribution : table.distributions()) {
					pngs.add(DistributionImage.png(distribution, CHART_WIDTH, CHART_HEIGHT));
				}
				List<String> cohorts = new Populations(workspace).savedCohortNames(context.dataset());
				last = Optional.of(new Computed(context, table));
				long millis = (System.nanoTime() - start) / 1_000_000;
				ui.asyncExec(() -> view.computed(request, context.dataset(), table.rows(), pngs, cohorts,
						context.population().entryLabel(), millis));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (StoreException | IOException | RuntimeException e) {
				ui.asyncExec(() -> view.failed(request, "Cannot compute the Table 1: " + e.getMessage()));
				return Status.OK_STATUS; // said in the view
			}
		});
		computing.setUser(false);
		computing.schedule();
	}

	private PopulationContext context(PopulationRequest request) throws StoreException {
		DatasetInfo dataset = workspace.findDataset(request.dataset())
				.orElseThrow(() -> new StoreException("No dataset '" + request.dataset() + "' in this workspace."));
		Connector connector = connectors.get().stream().filter(c -> c.id().equals(dataset.sourceKind())).findFirst()
				.orElseThrow(() -> new StoreException("No connector '" + dataset.sourceKind() + "' is installed."));
		Dataset schema = connector.schemaOf(dataset);
		Populations populations = new Populations(workspace);
		Population population = request.cohort().isPresent() ? populations.savedCohort(dataset, schema, request.cohort().get())
				: populations.wholeDataset(dataset, schema);
		return new PopulationContext(workspace, dataset, schema, population);
	}

	/** Reads the dataset's concept index in a job (once per dataset), then offers the concept search. */
	void pickMeasurement(Shell shell) {
		Optional<Computed> computed = last;
		if (computed.isEmpty()) {
			return;
		}
		PopulationContext context = computed.get().context();
		String dataset = context.dataset().name();
		Optional<DatasetIndex> cached = index.filter(i -> i.dataset().equals(dataset));
		if (cached.isPresent()) {
			pick(shell, cached.get().index());
			return;
		}
		view.status("Reading the concepts of " + dataset + "…");
		Job job = Job.create("Concepts of " + dataset, monitor -> {
			try {
				ConceptIndex read = new ConceptIndexReader(workspace).read(dataset, context.schema(), monitor);
				index = Optional.of(new DatasetIndex(dataset, read));
				ui.asyncExec(() -> {
					if (!shell.isDisposed()) {
						view.status("");
						pick(shell, read);
					}
				});
			} catch (StoreException e) {
				ui.asyncExec(() -> view.status("Cannot read the concepts: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void pick(Shell shell, ConceptIndex concepts) {
		new ConceptPicker(shell, concepts, "Add a measurement to the Table 1", "Add").choose()
				.ifPresent(c -> view.addMeasurement(new ConceptRef(c.dictionary(), c.key())));
	}

	void exportTable(Shell shell) {
		Optional<Computed> computed = last;
		computed.flatMap(c -> target(shell, "Export Table 1", fileName(c.context(), "table1"))).ifPresent(file -> export(file,
				"Export Table 1", (out, monitor) -> Table1Csv.write(computed.get().table(), out)));
	}

	void exportMembers(Shell shell) {
		Optional<Computed> computed = last;
		computed.flatMap(c -> target(shell, "Export members", fileName(c.context(), "members"))).ifPresent(file -> export(file,
				"Export members", (out, monitor) -> MembersCsv.write(computed.get().context(), out, monitor)));
	}

	void cancel() {
		if (computing != null) {
			computing.cancel();
		}
	}

	private interface CsvWrite {
		void write(Writer out, IProgressMonitor monitor) throws IOException, StoreException;
	}

	private void export(Path file, String title, CsvWrite write) {
		Job job = Job.create(title + " to " + file.getFileName(), monitor -> {
			Path part = file.resolveSibling(file.getFileName() + ".part");
			try {
				try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
					write.write(out, monitor);
				}
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				ui.asyncExec(() -> view.status("Wrote " + file));
				return Status.OK_STATUS;
			} catch (IOException | StoreException e) {
				ui.asyncExec(() -> view.status(title + " failed: " + e.getMessage()));
				return Status.error(title + " failed: " + e.getMessage(), e);
			} finally {
				try {
					Files.deleteIfExists(part);
				} catch (IOException e) {
					// nothing more to do
				}
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static String fileName(PopulationContext context, String what) {
		return context.dataset().name() + context.population().cohort().map(c -> "-" + c).orElse("") + "-" + what + ".csv";
	}

	private static Optional<Path> target(Shell shell, String title, String name) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFileName(name);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

}
