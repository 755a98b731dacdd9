package org.chartroom.ui.schema.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.draw.RoleColours;
import org.chartroom.ui.schema.SchemaParts;
import org.chartroom.ui.schema.diagram.DiagramView;
import org.chartroom.ui.schema.preview.TablePreviewDialog;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Schema view and the Diagram view in the running workbench, on a dataset imported from
 * MIMIC-III (its PATIENTS table holds three rows; the model describes all 26 tables).
 */
class SchemaUiTest {

	private static final String DATASET = "schema_demo";
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static IWorkbenchWindow window;
	private static DatasetSelection demo;

	@BeforeAll
	static void publishDataset() throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Workspace workspace = window.getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		if (workspace.findDataset(DATASET).isEmpty()) {
			try (DatasetDraft draft = workspace.createDataset(DatasetName.of(DATASET), "mimic3");
					Statement statement = draft.connection().createStatement()) {
				statement.executeUpdate("CREATE TABLE PATIENTS (ROW_ID INTEGER, SUBJECT_ID INTEGER, GENDER VARCHAR(5))");
				statement.executeUpdate("INSERT INTO PATIENTS VALUES (1, 10006, 'F'), (2, 10011, 'F'), (3, 10013, 'M')");
				draft.publish(false);
			}
		}
		DatasetInfo info = workspace.findDataset(DATASET).orElseThrow();
		demo = new DatasetSelection(info, Optional.empty());
	}

	@Test
	void theDiagramIsDrawnInColour() throws Exception {
		SchemaParts.openDiagram(window, demo);
		Canvas canvas = waitFor("the diagram on its canvas", () -> find(window.getShell(), Canvas.class)
				.filter(c -> c.getData(DiagramView.CANVAS_KEY) != null));
		Diagram diagram = (Diagram) canvas.getData(DiagramView.CANVAS_KEY);
		assertEquals(26, diagram.getTables().size());
		assertEquals(64, diagram.getEdges().size());
		spin(Duration.ofSeconds(1));

		ImageData shot = screenshot(canvas);
		Files.createDirectories(Path.of("target"));
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { shot };
		loader.save(Path.of("target", "diagram-screenshot.png").toString(), SWT.IMAGE_PNG);
		Set<RGB> colours = colours(shot);
		assertTrue(colours.size() > 50, "a drawn diagram has many colours (text is antialiased), found " + colours.size());
		for (String role : List.of(RoleColours.header(org.chartroom.diagram.TableRole.PATIENT),
				RoleColours.header(org.chartroom.diagram.TableRole.EVENT),
				RoleColours.header(org.chartroom.diagram.TableRole.DICTIONARY))) {
			int[] rgb = RoleColours.rgb(role);
			assertTrue(colours.contains(new RGB(rgb[0], rgb[1], rgb[2])), "no box header in " + role);
		}
		windowPicture(Path.of("target", "diagram-window.png"));
	}

	@Test
	void theSchemaViewListsTablesAndFiltersThem() throws Exception {
		SchemaParts.openSchema(window, demo);
		Tree tree = waitFor("the schema tree", () -> find(window.getShell(), Tree.class)
				.filter(t -> t.getColumnCount() == 6 && "Nullable".equals(t.getColumn(3).getText()) && t.getItemCount() == 26));
		List<String> tables = Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList();
		assertEquals("ADMISSIONS", tables.get(0));
		assertTrue(tables.contains("CHARTEVENTS"));

		TreeItem chartevents = Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals("CHARTEVENTS")).findFirst().orElseThrow();
		chartevents.setExpanded(true);
		tree.notifyListeners(SWT.Expand, event(chartevents));
		spin(Duration.ofMillis(300));
		TreeItem subject = Arrays.stream(chartevents.getItems()).filter(i -> i.getText(0).equals("SUBJECT_ID")).findFirst()
				.orElseThrow(() -> new AssertionError("no SUBJECT_ID under CHARTEVENTS"));
		assertEquals(List.of("SUBJECT_ID", "INTEGER", "FK", "no", "patient id"),
				List.of(subject.getText(0), subject.getText(1), subject.getText(2), subject.getText(3), subject.getText(4)));
		assertTrue(Arrays.stream(chartevents.getItems()).anyMatch(i -> i.getText(0).equals("Foreign keys (5)")));

		org.eclipse.swt.widgets.Text search = find(tree.getParent(), org.eclipse.swt.widgets.Text.class).orElseThrow();
		search.setText("CGID");
		spin(Duration.ofMillis(300));
		List<String> found = Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList();
		assertTrue(found.containsAll(List.of("CAREGIVERS", "CHARTEVENTS", "NOTEEVENTS")), found.toString());
		assertFalse(found.contains("LABEVENTS"), found.toString());
		search.setText("");
		spin(Duration.ofMillis(300));
		assertEquals(26, tree.getItemCount());
	}

	@Test
	void theDatasetsTreeOffersToOpenTheSchemaAndTheDiagram() throws Exception {
		window.getActivePage().showView("org.chartroom.ui.views.datasets");
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.chartroom.ui.commands.refreshDatasets", null);
		Tree tree = waitFor("the Datasets tree with " + DATASET, () -> find(window.getShell(), Tree.class)
				.filter(t -> t.getColumnCount() > 0 && "Name".equals(t.getColumn(0).getText())
						&& Arrays.stream(t.getItems()).anyMatch(i -> DATASET.equals(i.getText(0)))));
		org.eclipse.swt.widgets.Menu menu = tree.getMenu();
		assertNotNull(menu, "the Datasets tree's context menu");
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
		menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(items.containsAll(List.of("Open &Schema", "Open &Diagram", "&Export Schema Model…", "Import Schema &Model…")),
				items.toString());
	}

	@Test
	void thePreviewShowsTheFirstRows() throws Exception {
		TablePreviewDialog.open(window.getShell(), window.getService(Workspace.class), DATASET, "PATIENTS");
		Shell preview = waitFor("the preview window", () -> Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> s.getText().equals(TablePreviewDialog.title(DATASET, "PATIENTS"))).findFirst());
		Table grid = waitFor("three rows", () -> find(preview, Table.class).filter(t -> t.getItemCount() == 3));
		assertEquals("SUBJECT_ID", grid.getColumn(1).getText());
		assertEquals("10013", grid.getItem(2).getText(1));
		preview.close();
	}

	/** The whole screen as a person sees it, for the docs; ImageMagick's import, when there is one. Never fails the test. */
	private static void windowPicture(Path file) {
		window.getShell().setMaximized(true);
		spin(Duration.ofSeconds(2));
		try {
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
		} catch (java.io.IOException e) {
			// no ImageMagick here: the canvas picture above is the test's evidence
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ImageData screenshot(Control control) {
		Display display = control.getDisplay();
		org.eclipse.swt.graphics.Rectangle size = control.getBounds();
		Image image = new Image(display, size.width, size.height);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, 0, 0);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Set<RGB> colours(ImageData data) {
		Set<RGB> colours = new HashSet<>();
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				colours.add(data.palette.getRGB(data.getPixel(x, y)));
			}
		}
		return colours;
	}

	private static org.eclipse.swt.widgets.Event event(TreeItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		return event;
	}

	private static <T extends Control> Optional<T> find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible()) {
				return Optional.of(type.cast(child));
			}
			if (child instanceof Composite composite) {
				Optional<T> found = find(composite, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static <T> T waitFor(String what, java.util.function.Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			spin(Duration.ofMillis(50));
		}
		throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what);
	}

	private static void spin(Duration duration) {
		Display display = Display.getCurrent();
		long until = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
