package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.chartroom.core.generate.DataGenerator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * The welcome's synthetic demo, with a tiny generator registered by the test: asked for patients
 * and seed, it generates into the workspace and imports the files as the dataset "synthetic".
 */
@Order(3)
class GenerateDemoTest {

	static final String DIALOG = "Generate a Synthetic Demo";

	@Test
	void theWelcomeGeneratesAndImportsASyntheticDemo() throws Exception {
		Session.showDatasetsView();
		EventLoop.waitFor("the welcome", () -> Widgets.showing(Session.mainShell(), "No datasets yet"));
		FakeGenerator generator = new FakeGenerator();
		ServiceRegistration<DataGenerator> registration = FakeGenerator.register(generator);
		try {
			var link = Widgets.link(Session.mainShell(), "Generate a synthetic demo\u2026");
			EventLoop.waitUntil("the generate link", link::isVisible);
			AtomicReference<String> defaults = new AtomicReference<>();
			DialogWatch dialog = DialogWatch.driving(DIALOG, shell -> {
				Spinner patients = Widgets.field(shell, "Patients:", Spinner.class);
				Text seed = Widgets.field(shell, "Seed:", Text.class);
				defaults.set(patients.getSelection() + " " + seed.getText());
				patients.setSelection(3);
				patients.notifyListeners(SWT.Modify, new Event());
				seed.setText("7");
				Screenshot.takeIfAsked("-generate");
				Widgets.click(Widgets.button(shell, "Generate"));
			}).start();
			Widgets.click(link);
			EventLoop.waitUntil("the dialog to be driven", () -> defaults.get() != null);
			dialog.verify();
			assertEquals("100 1", defaults.get(), "patients and seed by default");

			TreeItem dataset = Session.waitForDataset("synthetic", Session.IMPORT_TIMEOUT);
			TreeItem[] tables = Session.waitForTables(dataset, 26);
			assertEquals("3", Session.child(tables, "PATIENTS").getText(1));
			assertEquals("4", Session.child(tables, "ADMISSIONS").getText(1));
			assertEquals("3", Session.child(tables, "ICUSTAYS").getText(1));
			assertEquals("0", Session.child(tables, "CHARTEVENTS").getText(1));
			assertEquals("mimic3", dataset.getText(1));

			Path folder = Session.workspace().directory().resolve("synthetic").resolve("mimic3-3-7");
			assertEquals(List.of(new FakeGenerator.Call(3, 7, folder)), generator.calls());
			assertTrue(Files.isRegularFile(folder.resolve("PATIENTS.csv.gz")), "the generated files stay in " + folder);
			String view = Widgets.texts(Session.mainShell());
			assertTrue(view.contains("Imported synthetic: 26 tables, 10 rows in "), view);
			assertTrue(view.contains("23 warnings:"), view);
			assertTrue(view.contains("No file for table CHARTEVENTS in " + folder + ": created empty."), view);
			Screenshot.takeIfAsked("-synthetic");
		} finally {
			registration.unregister();
		}
	}
}
