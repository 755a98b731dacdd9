package org.chartroom.ui.population.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.io.CohortXmi;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Population view on the MIMIC-III demo's patients, stays and diagnoses, as a person uses it: Show
 * Population on the dataset gives the Table 1 of its 129 admissions of 100 patients (55 F, 45 M) with
 * the charts; choosing the saved heart-failure cohort gives 39 admissions of 35 patients. The figures
 * are the ones the population bundle's tests check against hand-written SQL.
 */
class PopulationViewTest {

	private static final String SHOW = "org.chartroom.ui.commands.showPopulation";
	private static final List<String> TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS", "DIAGNOSES_ICD", "D_ICD_DIAGNOSES");

	@BeforeAll
	static void importTheDemoAndSaveACohort() throws Exception {
		Path demo = Path.of(String.valueOf(System.getProperty("chartroom.data.dir")), "mimic-iii-demo");
		Path files = Files.createTempDirectory("population-ui-demo");
		for (String table : TABLES) {
			Path file = demo.resolve(table + ".csv.gz");
			assertTrue(Files.isRegularFile(file), "MIMIC-III demo file not found: " + file);
			Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
		}
		Workspace workspace = window().getService(Workspace.class);
		Connector mimic3 = mimic3();
		if (workspace.findDataset("demo").isEmpty()) {
			new DatasetImport(workspace, mimic3).run(DatasetName.of("demo"), files, false, new ImportListener() {
			}, null);
		}
		DatasetInfo info = workspace.findDataset("demo").orElseThrow();
		Cohort cohort = CohortXmi.read(Path.of(System.getProperty("chartroom.repo.dir"), "docs/cohorts/heart-failure.xmi"));
		new SavedCohorts(workspace).save("demo", "HeartFailure", cohort,
				new CohortCompiler(mimic3.schemaOf(info), workspace.dialect()).compile(cohort), null);
	}

	@Test
	void table1OfTheDatasetThenOfTheSavedCohort() throws Exception {
		ICommandService commands = window().getService(ICommandService.class);
		ParameterizedCommand show = ParameterizedCommand.generateCommand(commands.getCommand(SHOW), Map.of(SHOW + ".dataset", "demo"));
		window().getService(IHandlerService.class).executeCommand(show, null);

		Table table = Controls.waitFor("the Table 1 of the demo", () -> Controls.find(shell(), Table.class,
				t -> t.getColumnCount() == 3 && t.getItemCount() > 0 && t.getItem(0).getText(1).equals("100")));
		assertEquals(List.of("Patients, n | 100 | 100", "Admissions, n | 129 | 129", "Age at entry, years, median (IQR) | 72 (63–82) | 129",
				"Age at entry, years, range | 17–>89 | 129", "Age at entry, years, above 89, n (%) | 9 (7.0%) | 129",
				"Sex: F, n (%) | 55 (55.0%) | 100", "Sex: M, n (%) | 45 (45.0%) | 100",
				"Length of stay, days, median (IQR) | 6.63 (3.31–10.65) | 129",
				"Died during the entry (admissions), n (%) | 39 (30.2%) | 129",
				"Died at any time recorded (patients), n (%) | 100 (100.0%) | 100"), rows(table));
		Combo population = Controls.find(shell(), Combo.class, c -> c.getItemCount() > 0 && c.getItem(0).startsWith("Whole dataset"))
				.orElseThrow();
		assertEquals(List.of("Whole dataset (admissions)", "Cohort HeartFailure"), Arrays.asList(population.getItems()));
		// age, sex and length of stay, each drawn
		Controls.waitFor("three charts", () -> Controls.findAll(shell(), Label.class, l -> l.getImage() != null
				&& l.getImage().getBounds().width == 460).size() == 3 ? Optional.of(true) : Optional.empty());
		for (String text : List.of("Add measurement…", "Export Table 1…", "Export members…")) {
			assertTrue(Controls.find(shell(), Button.class, b -> b.getText().equals(text) && b.isEnabled()).isPresent(), text);
		}

		population.select(1);
		population.notifyListeners(SWT.Selection, new Event());
		Table cohort = Controls.waitFor("the Table 1 of the cohort", () -> Controls.find(shell(), Table.class,
				t -> t.getColumnCount() == 3 && t.getItemCount() > 0 && t.getItem(0).getText(1).equals("35")));
		assertEquals("Admissions, n | 39 | 39", rows(cohort).get(1));
		assertTrue(Controls.find(shell(), Label.class, l -> l.getText().equals("Population of demo, cohort HeartFailure")).isPresent());
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList();
	}

	private static Connector mimic3() throws InterruptedException {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(PopulationViewTest.class).getBundleContext(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		for (Connector connector : tracker.getServices(new Connector[0])) {
			if (connector.id().equals("mimic3")) {
				return connector;
			}
		}
		throw new AssertionError("no mimic3 connector service");
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static Shell shell() {
		return window().getShell();
	}
}
