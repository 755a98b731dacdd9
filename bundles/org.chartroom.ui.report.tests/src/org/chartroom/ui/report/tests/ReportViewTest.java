package org.chartroom.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.report.ReportView;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Report view in the running workbench: the Reports command opens it, it lists the built-in
 * reports, and Run renders the overview of a small MIMIC-III-shaped dataset made here.
 */
class ReportViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(180);

	private static DatasetInfo dataset;

	@BeforeAll
	static void createDataset() throws Exception {
		Workspace workspace = window().getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		try (DatasetDraft draft = workspace.createDataset(DatasetName.of("mini"), "mimic3");
				Statement statement = draft.connection().createStatement()) {
			statement.executeUpdate("CREATE TABLE PATIENTS (SUBJECT_ID INTEGER NOT NULL PRIMARY KEY, GENDER VARCHAR(5), "
					+ "DOB TIMESTAMP, DOD TIMESTAMP)");
			statement.executeUpdate("INSERT INTO PATIENTS VALUES (1, 'F', '2100-01-01 00:00:00', NULL), "
					+ "(2, 'M', '2050-06-01 00:00:00', '2131-01-01 00:00:00')");
			statement.executeUpdate("CREATE TABLE ADMISSIONS (HADM_ID INTEGER NOT NULL PRIMARY KEY, SUBJECT_ID INTEGER, "
					+ "ADMITTIME TIMESTAMP, DISCHTIME TIMESTAMP)");
			statement.executeUpdate("INSERT INTO ADMISSIONS VALUES (11, 1, '2130-01-01 08:00:00', '2130-01-03 08:00:00'), "
					+ "(21, 2, '2130-12-01 00:00:00', '2130-12-30 00:00:00')");
			draft.publish(false);
		}
		dataset = workspace.findDataset("mini").orElseThrow();
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	@Test
	void theViewListsTheReportsAndRunsTheOverview() throws Exception {
		window().getService(IHandlerService.class).executeCommand("org.chartroom.ui.commands.openReports", null);
		assertNotNull(window().getActivePage().findView(ReportView.ID), "the command opens the view");
		window().getService(IEventBroker.class).send(ReportView.OPEN_TOPIC, dataset);
		Combo reports = waitFor("the list of reports", () -> controls().filter(Combo.class::isInstance).map(Combo.class::cast)
				.filter(c -> c.getItemCount() == 3).findFirst());
		assertEquals(List.of("Cohort summary (cohort)", "Dataset overview (overview)", "Patient summary (patient)"),
				List.of(reports.getItems()));
		waitFor("the header naming the dataset", () -> controls().filter(Label.class::isInstance).map(Label.class::cast)
				.filter(l -> l.getText().equals("Dataset mini (mimic3)")).findFirst());
		reports.select(1);
		reports.notifyListeners(SWT.Selection, null);
		Button run = controls().filter(Button.class::isInstance).map(Button.class::cast).filter(b -> "Run".equals(b.getText()))
				.findFirst().orElseThrow();
		run.notifyListeners(SWT.Selection, null);
		waitFor("the overview shown", () -> controls().filter(Label.class::isInstance).map(Label.class::cast)
				.filter(l -> l.getText().equals("Dataset overview on mini")).findFirst());
	}

	private static <T> T waitFor(String what, Supplier<Optional<T>> probe) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < end) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		throw new AssertionError("timed out waiting for " + what);
	}

	private static Stream<Control> controls() {
		return tree(window().getShell());
	}

	private static Stream<Control> tree(Control control) {
		return control instanceof Composite composite
				? Stream.concat(Stream.of(control), Stream.of(composite.getChildren()).flatMap(ReportViewTest::tree))
				: Stream.of(control);
	}
}
