package org.chartroom.ui.concepts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.concepts.ConceptsView;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Concepts view in the running workbench, on a small MIMIC-III dataset imported through the API:
 * it opens from the window's menu command, searches as the user types, shows the ranked rows with their
 * use, and shows the histogram of a numeric concept and the top values of a textual one.
 */
class ConceptsViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static DatasetInfo dataset;

	@BeforeAll
	static void importTinyMimic3() throws Exception {
		Workspace workspace = window().getService(Workspace.class);
		assertNotNull(workspace, "the session's workspace in the workbench context");
		Connector mimic3 = mimic3();
		Path files = new TinyMimic3(mimic3.schema(), Files.createTempDirectory("tiny-mimic3")).write();
		dataset = new DatasetImport(workspace, mimic3).run(DatasetName.of("tiny"), files, true, ImportListener.NONE, null)
				.dataset();
	}

	private static Connector mimic3() throws Exception {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(ConceptsViewTest.class).getBundleContext(), Connector.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		return Arrays.stream(tracker.getServices(new Connector[0])).filter(c -> "mimic3".equals(c.id())).findFirst()
				.orElseThrow(() -> new AssertionError("no connector service with id mimic3"));
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	@Test
	void searchingShowsRankedConceptsWithTheirUseAndTheirValues() throws Exception {
		window().getService(IHandlerService.class).executeCommand("org.chartroom.ui.commands.browseConcepts", null);
		assertNotNull(window().getActivePage().findView(ConceptsView.ID), "the command opens the view");
		window().getService(IEventBroker.class).send(ConceptsView.BROWSE_TOPIC, dataset);
		Text search = waitFor("the search box", () -> controls().filter(Text.class::isInstance).map(Text.class::cast)
				.filter(t -> "Search concepts by name or code".equals(t.getMessage())).findFirst());
		waitFor("the header naming the dataset", () -> controls().filter(Label.class::isInstance).map(Label.class::cast)
				.filter(l -> l.getText().startsWith("tiny: 3 concepts in 1 dictionary (D_ITEMS)")).findFirst());
		Table results = waitFor("the results table", () -> controls().filter(Table.class::isInstance).map(Table.class::cast)
				.filter(t -> t.getColumnCount() == 6 && "Label".equals(t.getColumn(0).getText())).findFirst());
		waitFor("every concept before typing", () -> results.getItemCount() == 3 ? Optional.of(true) : Optional.empty());

		search.setText("heart rate");
		waitFor("two results for 'heart rate'", () -> results.getItemCount() == 2 ? Optional.of(true) : Optional.empty());
		assertEquals(List.of("Heart Rate", "211", "D_ITEMS", "", "2", "5"), texts(results.getItem(0)), "exact label first");
		assertEquals(List.of("Heart rate Alarm - High", "220046", "D_ITEMS", "Alarms", "0", "0"), texts(results.getItem(1)));

		select(results, 0);
		Label chart = waitFor("the histogram of Heart Rate", () -> controls().filter(Label.class::isInstance)
				.map(Label.class::cast).filter(l -> l.getData("chartroom.histogram") != null && l.getImage() != null).findFirst());
		assertTrue(chart.getImage().getBounds().width > 100, "a picture, not an icon");
		waitFor("the spread of the five values", () -> controls().filter(Label.class::isInstance).map(Label.class::cast)
				.filter(l -> l.getText().equals("CHARTEVENTS.VALUENUM: 5 values, min 70, median 90, max 120 BPM")).findFirst());

		search.setText("rhythm");
		waitFor("one result for 'rhythm'", () -> results.getItemCount() == 1 ? Optional.of(true) : Optional.empty());
		select(results, 0);
		Table top = waitFor("the top values of Heart Rhythm", () -> controls().filter(Table.class::isInstance)
				.map(Table.class::cast).filter(t -> t.getColumnCount() == 2 && "Value".equals(t.getColumn(0).getText())
						&& t.getItemCount() == 2).findFirst());
		assertEquals(List.of("SR (Sinus Rhythm)", "2"), texts(top.getItem(0)));
		assertEquals(List.of("AF (Atrial Fibrillation)", "1"), texts(top.getItem(1)));
	}

	private static void select(Table table, int row) {
		table.setSelection(row);
		Event event = new Event();
		event.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, event);
	}

	private static List<String> texts(TableItem item) {
		int columns = item.getParent().getColumnCount();
		return java.util.stream.IntStream.range(0, columns).mapToObj(item::getText).toList();
	}

	private static Stream<Control> controls() {
		return tree(window().getShell());
	}

	private static Stream<Control> tree(Control root) {
		if (root.isDisposed()) {
			return Stream.empty();
		}
		if (root instanceof Composite composite) {
			return Stream.concat(Stream.of(root), Arrays.stream(composite.getChildren()).flatMap(ConceptsViewTest::tree));
		}
		return Stream.of(root);
	}

	/** Runs the event loop (jobs hand their results over through it) until the probe finds something. */
	private static <T> T waitFor(String what, Supplier<Optional<T>> probe) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return fail("interrupted while waiting for " + what);
				}
			}
		}
		return fail("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what);
	}
}
