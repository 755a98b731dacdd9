package org.chartroom.ui.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.run.AttritionStep;
import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.cohort.editor.CohortEditor;
import org.chartroom.ui.views.DatasetsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The cohort builder on the MIMIC-III demo (its patients, admissions and ICU stays), driven through its
 * widgets as a person would: New Cohort on the dataset selected in the Datasets view, entry at ICU
 * stays, Add Criterion ▸ Age at Entry 18 to 89, Add Criterion ▸ Length of Stay at least 2 days; the live
 * counts (68 ICU stays, 53 patients) and the attrition chart match the headless counter; a value that
 * is no number shows the compiler's message instead of a count; Save lists the cohort in the Datasets
 * view and fills the members table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortBuilderTest {

	private static final String DATASET = "mimic3";
	private static final String NEW_COHORT = "org.chartroom.ui.cohort.commands.new";
	private static final String REFRESH_DATASETS = "org.chartroom.ui.commands.refreshDatasets";
	private static final List<String> TABLES = List.of("PATIENTS", "ADMISSIONS", "ICUSTAYS");

	private static CohortEditor editor;

	@BeforeAll
	static void importTheDemo() throws Exception {
		Path demo = Path.of(String.valueOf(System.getProperty("chartroom.data.dir")), "mimic-iii-demo");
		assertTrue(Files.isDirectory(demo), "the MIMIC-III demo at " + demo);
		Workspace workspace = workspace();
		if (workspace.findDataset(DATASET).isEmpty()) {
			Path files = Files.createTempDirectory("chartroom-cohort-ui");
			for (String table : TABLES) {
				Path file = demo.resolve(table + ".csv.gz");
				assertTrue(Files.isRegularFile(file), "demo file " + file);
				Files.createSymbolicLink(files.resolve(file.getFileName()), file.toAbsolutePath());
			}
			new DatasetImport(workspace, mimic3()).run(DatasetName.of(DATASET), files, false, new ImportListener() {
			}, null);
		}
	}

	@Test
	@Order(1)
	void newCohortOnTheSelectedDatasetOpensTheBuilder() throws Exception {
		window().getActivePage().showView(DatasetsView.ID);
		// the view listed the workspace before the demo was imported behind its back
		window().getService(IHandlerService.class).executeCommand(REFRESH_DATASETS, null);
		Tree datasets = datasetsTree();
		TreeItem item = Controls.waitFor("the dataset in the Datasets view",
				() -> Arrays.stream(datasets.getItems()).filter(i -> i.getText().equals(DATASET)).findFirst());
		datasets.setSelection(item);
		datasets.notifyListeners(SWT.Selection, selectionOf(item));

		window().getService(IHandlerService.class).executeCommand(NEW_COHORT, null);

		IEditorPart part = window().getActivePage().getActiveEditor();
		assertTrue(part instanceof CohortEditor, "the cohort builder is open: " + part);
		editor = (CohortEditor) part;
		assertTrue(editor.getTitle().endsWith("(" + DATASET + ")"), editor.getTitle());
	}

	@Test
	@Order(2)
	void twoCriteriaAddedByClickingCountLiveAsTheHeadlessCounterDoes() throws Exception {
		Combo entry = Controls.find(shell(), Combo.class, c -> Arrays.asList(c.getItems()).contains("ICU stays (icu)")).orElseThrow();
		entry.select(Arrays.asList(entry.getItems()).indexOf("ICU stays (icu)"));
		entry.notifyListeners(SWT.Selection, new Event());
		Controls.waitFor("every ICU stay counted", () -> counts().filter(text -> text.startsWith("136 ICU stays · 100 patients")));

		add("Age at Entry");
		field("From (years)").setText("18");
		field("To (years)").setText("89");
		add("Length of Stay");
		field("At least (days)").setText("2");

		String counted = Controls.waitFor("the cohort counted",
				() -> counts().filter(text -> text.startsWith("68 ICU stays · 53 patients")));
		assertTrue(counted.contains("counted in"), counted);
		assertEquals(2, editor.cohort().getCriteria().size());
		AgeCriterion age = (AgeCriterion) editor.cohort().getCriteria().get(0);
		assertEquals(List.of(18, 89), List.of(age.getMinYears(), age.getMaxYears()));
		assertEquals("2", ((LengthOfStayCriterion) editor.cohort().getCriteria().get(1)).getMinDays());

		List<AttritionStep> expected = headless().attrition();
		assertEquals(List.of(136L, 126L, 68L), expected.stream().map(AttritionStep::entries).toList());
		Table figures = editor.attrition().figures();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < figures.getItemCount(); i++) {
			rows.add(figures.getItem(i).getText(0) + " | " + figures.getItem(i).getText(1) + " | " + figures.getItem(i).getText(2));
		}
		assertEquals(List.of("0. ICU stays | 136 | 100", "1. age 18 to 89 years | " + expected.get(1).entries() + " | "
				+ expected.get(1).patients(), "2. length of stay >= 2 days | 68 | 53"), rows);

		ChartComposite chart = editor.attrition().chartView();
		CategoryDataset bars = ((CategoryPlot) chart.getChart().getPlot()).getDataset();
		assertEquals(3, bars.getColumnCount(), "one bar group per step");
		for (int step = 0; step < 3; step++) {
			assertEquals(expected.get(step).entries(), bars.getValue("Entries", bars.getColumnKey(step)).longValue());
			assertEquals(expected.get(step).patients(), bars.getValue("Patients", bars.getColumnKey(step)).longValue());
		}
		String sql = editor.sqlTab().text();
		assertTrue(sql.contains("CAST(18 AS INTEGER)") && sql.contains("CAST(90 AS INTEGER)") && !sql.contains("?"), sql);
	}

	@Test
	@Order(3)
	void aValueThatIsNoNumberShowsTheCompilersMessageAndNoCount() {
		Text atLeast = field("At least (days)");
		atLeast.setText("2 OR 1=1");
		String message = "Invalid cohort definition: criterion 2 (LengthOfStayCriterion), minDays: '2 OR 1=1' is not a number.";
		Controls.waitFor("the compiler's message", () -> counts().filter(message::equals));
		assertTrue(editor.attrition().figures().getItemCount() == 0, "no figures for an invalid cohort");
		TreeItem faulty = editor.criteria().viewer().getTree().getItem(1);
		assertEquals(message, faulty.getText(1));
		assertTrue(Controls.find(shell(), org.eclipse.swt.widgets.Label.class, l -> l.getText().equals(message)).isPresent(),
				"the message beside the criterion's fields");

		atLeast.setText("2");
		Controls.waitFor("the count again", () -> counts().filter(text -> text.startsWith("68 ICU stays · 53 patients")));
		assertEquals("", faulty.getText(1));
	}

	@Test
	@Order(4)
	void saveListsTheCohortInTheDatasetsViewAndFillsTheMembersTable() throws Exception {
		Text name = Controls.find(shell(), Text.class, t -> "e.g. AdultLongIcuStays".equals(t.getMessage())).orElseThrow();
		name.setText("AdultLongIcuStays");
		assertTrue(editor.isDirty());
		Button save = Controls.find(shell(), Button.class, b -> b.getText().equals("Save")).orElseThrow();
		save.notifyListeners(SWT.Selection, new Event());
		Controls.waitFor("the cohort saved", () -> editor.isDirty() ? Optional.empty() : Optional.of(true));
		assertEquals("AdultLongIcuStays (" + DATASET + ")", editor.getTitle());
		assertEquals(List.of(68L, 53L), members("ADULTLONGICUSTAYS"));

		// the view lists the datasets again when the save posts its refresh: look the items up afresh each time
		Tree datasets = datasetsTree();
		Controls.waitFor("the saved cohort listed under mimic3 ▸ Cohorts", () -> child(datasets, datasets.getItems(), DATASET)
				.flatMap(dataset -> child(datasets, dataset.getItems(), "Cohorts"))
				.flatMap(cohorts -> child(datasets, cohorts.getItems(), "AdultLongIcuStays")));
	}

	/** The item of that text among these, opened so that its children exist. */
	private static Optional<TreeItem> child(Tree tree, TreeItem[] items, String text) {
		Optional<TreeItem> found = Arrays.stream(items).filter(i -> !i.isDisposed() && i.getText().equals(text)).findFirst();
		found.ifPresent(item -> expand(tree, item));
		return found;
	}

	private static void add(String kind) {
		MenuItem item = Arrays.stream(editor.criteria().addMenu().getItems()).filter(i -> i.getText().equals(kind)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item " + kind));
		item.notifyListeners(SWT.Selection, new Event());
	}

	private static Text field(String label) {
		return Controls.find(shell(), Text.class, t -> label.equals(t.getData("field")))
				.orElseThrow(() -> new AssertionError("no field " + label));
	}

	private static Optional<String> counts() {
		return Optional.of(editor.countsText());
	}

	private static CohortCounts headless() throws Exception {
		Cohort cohort = CohortFactory.eINSTANCE.createCohort();
		cohort.setEntryLevel("icu");
		AgeCriterion age = CohortFactory.eINSTANCE.createAgeCriterion();
		age.setMinYears(18);
		age.setMaxYears(89);
		LengthOfStayCriterion los = CohortFactory.eINSTANCE.createLengthOfStayCriterion();
		los.setMinDays("2");
		cohort.getCriteria().addAll(List.of(age, los));
		DatasetInfo info = workspace().findDataset(DATASET).orElseThrow();
		CohortCompiler compiler = new CohortCompiler(mimic3().schemaOf(info), workspace().dialect());
		return new CohortCounter(workspace(), DATASET).count(compiler.compile(cohort), null);
	}

	private static List<Long> members(String cohort) throws Exception {
		List<Long> counts = new ArrayList<>();
		workspace().query(DATASET, "SELECT COUNT(*), COUNT(DISTINCT PATIENT_ID) FROM CHARTROOM_COHORT_MEMBERS WHERE COHORT_NAME = ?",
				List.of(cohort), 0, new RowHandler() {
					@Override
					public void columns(List<ResultColumn> columns) {
						// two counts
					}

					@Override
					public void row(Object[] values) {
						counts.add(((Number) values[0]).longValue());
						counts.add(((Number) values[1]).longValue());
					}
				}, null);
		return counts;
	}

	private static void expand(Tree tree, TreeItem item) {
		if (!item.getExpanded()) {
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
		}
	}

	private static Event selectionOf(TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	private static Tree datasetsTree() {
		return Controls.waitFor("the Datasets tree", () -> Controls.find(shell(), Tree.class, t -> t.getColumnCount() == 3));
	}

	private static Workspace workspace() {
		return window().getService(Workspace.class);
	}

	private static Connector mimic3() throws InterruptedException {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CohortBuilderTest.class).getBundleContext(), Connector.class, null);
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
