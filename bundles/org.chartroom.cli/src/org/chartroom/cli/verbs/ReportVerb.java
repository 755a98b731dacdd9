package org.chartroom.cli.verbs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.chartroom.cli.CancelOnInterrupt;
import org.chartroom.cli.Cli;
import org.chartroom.core.store.Workspace;
import org.chartroom.report.FileReportDesign;
import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportFormat;
import org.chartroom.report.ReportParameterException;
import org.chartroom.report.ReportService;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report --dataset NAME --report ID|FILE.rptdesign [--param K=V]... --out FILE}: runs a built-in
 * or custom BIRT report against a dataset; the output file's extension picks HTML, PDF or XLSX. The
 * file appears only when the report is complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Run a report against a dataset and write it to a file: HTML (one self-contained page), PDF or XLSX,",
				"picked by the extension of --out. Built-in reports: overview, patient (--param patient=ID),",
				"cohort (--param patients=ID,ID,...). --report may also name a .rptdesign file (see docs/reports.md)." })
public final class ReportVerb implements Callable<Integer> {

	private static final long SERVICE_WAIT_SECONDS = 20;

	@ParentCommand
	private Cli cli;

	@Option(names = "--dataset", paramLabel = "NAME", required = true, description = "The dataset the report reads.")
	private String dataset;

	@Option(names = "--report", paramLabel = "ID|FILE", required = true,
			description = "A built-in report's id, or a .rptdesign file.")
	private String report;

	@Option(names = "--param", paramLabel = "KEY=VALUE", description = "A report parameter; repeatable.")
	private Map<String, String> parameters = new LinkedHashMap<>();

	@Option(names = "--out", paramLabel = "FILE", required = true,
			description = "The file to write: .html, .pdf or .xlsx.")
	private Path out;

	@Override
	public Integer call() throws Exception {
		PrintWriter err = cli.output().err();
		Optional<ReportFormat> format = ReportFormat.ofFile(out);
		if (format.isEmpty()) {
			return usage("--out " + out + " names no report format: use a file ending in .html, .pdf or .xlsx.");
		}
		ReportService reports = reportService();
		Optional<ReportDesign> design = design(reports);
		if (design.isEmpty()) {
			return usage("Unknown report '" + report + "': the reports are " + reports.designs().stream().map(ReportDesign::id)
					.collect(Collectors.joining(", ")) + ", or a .rptdesign file.");
		}
		Path target = out.toAbsolutePath();
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (Workspace workspace = cli.openWorkspace(); CancelOnInterrupt cancel = new CancelOnInterrupt(monitor)) {
			try (OutputStream stream = Files.newOutputStream(partial)) {
				reports.run(workspace, dataset, design.get(), parameters, format.get(), stream, monitor);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (ReportParameterException e) {
			return usage(e.getMessage());
		} catch (ReportException e) {
			err.println("chartroom: " + e.getMessage());
			return Cli.EXIT_FAILED;
		} finally {
			Files.deleteIfExists(partial);
		}
		err.println("Wrote " + target + " (" + format.get().name() + ", " + Files.size(target) + " bytes).");
		return Cli.EXIT_OK;
	}

	private Optional<ReportDesign> design(ReportService reports) throws IOException {
		if (report.toLowerCase(Locale.ROOT).endsWith(".rptdesign")) {
			Path file = Path.of(report);
			if (!Files.isRegularFile(file)) {
				throw new java.nio.file.NoSuchFileException(file.toAbsolutePath().toString(), null, "no such design file");
			}
			return Optional.of(new FileReportDesign(file));
		}
		return reports.find(report);
	}

	private int usage(String message) {
		cli.output().err().println("chartroom: " + message);
		cli.output().err().println("Run 'chartroom report --help' for usage.");
		return Cli.EXIT_USAGE;
	}

	private static ReportService reportService() throws InterruptedException {
		ServiceTracker<ReportService, ReportService> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(ReportVerb.class).getBundleContext(), ReportService.class, null);
		tracker.open();
		ReportService service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
		if (service == null) {
			throw new IllegalStateException("no report service is available (the bundle org.chartroom.report did not start)");
		}
		return service;
	}
}
