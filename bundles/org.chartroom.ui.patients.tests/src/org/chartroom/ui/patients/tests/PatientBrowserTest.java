package org.chartroom.ui.patients.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.imports.DatasetImport;
import org.chartroom.core.imports.ImportListener;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Timeline;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.chartroom.ui.patients.panels.PatientPanel;
import org.chartroom.ui.patients.panels.PatientPanelView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.chart.swt.ChartComposite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Patients perspective on the imported MIMIC-III demo, as a person uses it: Window ▸ Patients opens
 * it on the only dataset, the list shows the first 50 of 100 patients by id, the first (10006) is shown
 * with her ICU stay charted, and Next/Previous move through the list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PatientBrowserTest {

	private static final String BROWSE = "org.chartroom.ui.patients.browse";
	private static final String PERSPECTIVE = "org.chartroom.ui.patients.perspective";

	@BeforeAll
	static void importTheDemo() throws Exception {
		String data = System.getProperty("chartroom.data.dir");
		Path demo = Path.of(String.valueOf(data), "mimic-iii-demo");
		assertTrue(Files.isDirectory(demo), "the MIMIC-III demo at " + demo);
		Workspace workspace = window().getService(Workspace.class);
		if (workspace.findDataset("demo").isEmpty()) {
			new DatasetImport(workspace, mimic3()).run(DatasetName.of("demo"), demo, false, new ImportListener() {
			}, null);
		}
	}

	private static Connector mimic3() throws InterruptedException {
		ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(PatientBrowserTest.class).getBundleContext(), Connector.class, null);
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

	private static String title() {
		return Controls.waitFor("the patient's title", () -> Controls.find(shell(), Label.class, l -> l.getText().startsWith("Patient ")))
				.getText();
	}

	private static void waitForTitle(String start) {
		Controls.waitFor("a title starting " + start, () -> Controls.find(shell(), Label.class,
				l -> l.getText().startsWith(start) && !l.getText().endsWith("…")));
	}

	@Test
	@Order(1)
	void windowPatientsOpensThePerspectiveOnTheFirstPatient() throws Exception {
		window().getService(IHandlerService.class).executeCommand(BROWSE, null);
		assertEquals(PERSPECTIVE, window().getActivePage().getPerspective().getId());
		Table list = Controls.waitFor("50 patients in the list",
				() -> Controls.find(shell(), Table.class, t -> t.getColumnCount() == 6 && t.getItemCount() == 50));
		assertEquals("10006", list.getItem(0).getText(0));
		assertTrue(Controls.find(shell(), Label.class, l -> l.getText().equals("1–50 of 100 patients")).isPresent());

		waitForTitle("Patient 10006");
		assertEquals("Patient 10006   F, 70 years at first admission, died 2165-08-12", title());
		// the model's stay labels name the list's columns; the header counts the stays on one line
		assertEquals(List.of("Admissions", "ICU stays"), List.of(list.getColumn(3).getText(), list.getColumn(4).getText()));
		assertTrue(Controls.find(shell(), Label.class, l -> l.getText().endsWith(" · 1 admission, 1 ICU stay")).isPresent());
		assertTrue(Controls.find(shell(), Button.class, b -> b.getText().equals("Add concept…")).isPresent());
		ChartComposite chart = Controls.waitFor("the timeline chart",
				() -> Controls.find(shell(), ChartComposite.class, c -> c.getChart() != null));
		// It paints when the timeline has loaded, in the background: a loaded machine may take a while.
		Controls.waitFor("the chart drawn, not blank", () -> distinctColours(chart) > 20 ? Optional.of(true) : Optional.empty());
		assertTrue(Controls.find(shell(), Control.class, c -> c instanceof org.eclipse.swt.custom.CTabFolder).isPresent());
	}

	@Test
	@Order(2)
	void nextAndPreviousMoveThroughTheList() {
		waitForTitle("Patient 10006");
		press("Next ▶");
		waitForTitle("Patient 10011");
		press("Next ▶");
		waitForTitle("Patient 10013");
		press("◀ Previous");
		waitForTitle("Patient 10011");
		Controls.waitFor("the chart of 10011", () -> Controls.find(shell(), ChartComposite.class, c -> c.getChart() != null));
	}

	/**
	 * Panels other bundles contribute: one for chart events appears beside the timeline and is shown each
	 * patient; one for a domain the patient lacks stays away; one that throws says so in its tab and the
	 * browser keeps working.
	 */
	@Test
	@Order(3)
	void contributedPanelsAppearByDomainAndAFaultyOneIsIsolated() {
		BundleContext context = FrameworkUtil.getBundle(PatientBrowserTest.class).getBundleContext();
		List<ServiceRegistration<?>> registrations = List.of(
				context.registerService(PatientPanel.class, parent -> new CountingPanel(parent),
						properties(PatientPanel.LABEL, "Chart count", PatientPanel.DOMAIN, "CHART")),
				context.registerService(PatientPanel.class, parent -> new CountingPanel(parent),
						properties(PatientPanel.LABEL, "Genomics", PatientPanel.DOMAIN, "genomics")),
				context.registerService(PatientPanel.class, parent -> {
					throw new IllegalStateException("the broken panel broke");
				}, properties(PatientPanel.LABEL, "Broken")));
		try {
			waitForTitle("Patient 10011");
			press("Next ▶");
			waitForTitle("Patient 10013");
			CTabFolder tabs = Controls.waitFor("the contributed tabs", () -> Controls.find(shell(), CTabFolder.class,
					t -> Arrays.stream(t.getItems()).anyMatch(i -> i.getText().equals("Chart count"))));
			List<String> titles = Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList();
			assertEquals(List.of("Timeline", "Broken (failed)", "Chart count"), titles.subList(0, 3));
			assertTrue(!titles.contains("Genomics"), "no genomics events, no tab: " + titles);
			// 10013's one ICU stay: the panel counts the chart events it was given, as the CHARTEVENTS tab does
			String chartTab = titles.stream().filter(t -> t.startsWith("CHARTEVENTS (")).findFirst().orElseThrow();
			String count = chartTab.substring("CHARTEVENTS (".length(), chartTab.length() - 1);
			Label counting = (Label) tabs.getItem(2).getControl();
			assertEquals("Patient 10013: " + count + " chart events", counting.getText());
			Label broken = (Label) tabs.getItem(1).getControl();
			assertEquals("The panel \"Broken\" of org.chartroom.ui.patients.tests failed: the broken panel broke. It is switched off "
					+ "until Chartroom restarts; the rest of the patient browser works without it.", broken.getText());

			press("◀ Previous");
			waitForTitle("Patient 10011");
			Controls.waitFor("the panel showing 10011", () -> Optional.of(counting.getText())
					.filter(text -> text.startsWith("Patient 10011: ") && text.endsWith(" chart events")));
		} finally {
			registrations.forEach(ServiceRegistration::unregister);
		}
	}

	private static Dictionary<String, Object> properties(Object... keysAndValues) {
		Hashtable<String, Object> properties = new Hashtable<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return properties;
	}

	/** A panel as a plugin would write one: the number of chart events of the patient shown. */
	private static final class CountingPanel implements PatientPanelView {
		private final Label label;

		CountingPanel(Composite parent) {
			label = new Label(parent, SWT.NONE);
		}

		@Override
		public Control control() {
			return label;
		}

		@Override
		public void show(PatientSummary patient, Timeline timeline) {
			long chartEvents = timeline.series().stream().filter(s -> s.domain().equals("chart")).mapToLong(s -> s.events().size()).sum();
			label.setText("Patient " + patient.id() + ": " + chartEvents + " chart events");
		}
	}

	private static void press(String text) {
		Button button = Controls.find(shell(), Button.class, b -> b.getText().equals(text)).orElseThrow();
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** How many different colours the chart's pixels have: a blank area has one. */
	private static int distinctColours(Control control) {
		Point size = control.getSize();
		assertTrue(size.x > 100 && size.y > 100, "the chart has room: " + size);
		Image image = new Image(control.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(control);
			gc.copyArea(image, 0, 0);
			gc.dispose();
			ImageData data = image.getImageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < data.height; y += 2) {
				for (int x = 0; x < data.width; x += 2) {
					colours.add(data.getPixel(x, y));
				}
			}
			return colours.size();
		} finally {
			image.dispose();
		}
	}
}
