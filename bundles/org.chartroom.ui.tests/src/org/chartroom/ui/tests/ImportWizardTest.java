package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.chartroom.ui.imports.ImportJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * File ▸ Import Dataset… with the real MIMIC-III demo: the Datasets view then shows the dataset
 * with its 26 tables and their exact row counts; an existing name needs "Replace"; a cancelled
 * import leaves only a note in the status line.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportWizardTest {

	static final String DATASET = "mimic3";

	@Test
	@Order(1)
	void importingTheDemoShowsItsTablesWithTheirRowCounts() throws Exception {
		Path demo = Session.dataFolder("mimic-iii-demo");
		Session.showDatasetsView();
		AtomicReference<String> suggested = new AtomicReference<>();
		ImportWizards.run(wizard -> {
			ImportWizards.chooseFormat(wizard, "MIMIC-III v1.4");
			ImportWizards.source(wizard, demo);
			suggested.set(ImportWizards.name(wizard).getText());
			ImportWizards.name(wizard).setText(DATASET);
			EventLoop.waitUntil("Finish to be enabled", ImportWizards.finish(wizard)::isEnabled);
			Screenshot.takeIfAsked("-import-wizard");
			ImportWizards.pressFinish(wizard);
		});
		assertEquals("mimic_iii_demo", suggested.get());
		EventLoop.waitUntil("the import to run", () -> Job.getJobManager().find(ImportJob.FAMILY).length > 0
				|| Session.datasetsTree().isPresent());
		Screenshot.takeIfAsked("-import-progress");

		TreeItem dataset = Session.waitForDataset(DATASET, Session.IMPORT_TIMEOUT);
		TreeItem[] tables = Session.waitForTables(dataset, 26);
		NumberFormat rows = NumberFormat.getIntegerInstance();
		assertEquals(rows.format(758_355), Session.child(tables, "CHARTEVENTS").getText(1));
		assertEquals("129", Session.child(tables, "ADMISSIONS").getText(1));
		assertEquals("100", Session.child(tables, "PATIENTS").getText(1));
		assertEquals("136", Session.child(tables, "ICUSTAYS").getText(1));
		assertEquals(rows.format(76_074), Session.child(tables, "LABEVENTS").getText(1));
		assertEquals("0", Session.child(tables, "NOTEEVENTS").getText(1));
		assertEquals(758_355L, rows.parse(Session.child(tables, "CHARTEVENTS").getText(1)).longValue());
		assertEquals("mimic3", dataset.getText(1));
		assertArrayEquals(new TreeItem[] { dataset }, dataset.getParent().getSelection(), "the new dataset is selected");
		String view = Widgets.texts(Session.mainShell());
		assertTrue(view.contains("Imported mimic3: 26 tables, " + rows.format(967_139) + " rows in "), view);
		assertFalse(view.contains("warning"), view);
		assertEquals("One row per hospital admission: when the patient came and left, how, and who\n"
				+ "they are administratively.\n19 columns", toolTip(Session.child(tables, "ADMISSIONS")));
		Screenshot.takeIfAsked("-datasets");
	}

	@Test
	@Order(2)
	void anExistingNameMustBeReplacedExplicitly() throws Exception {
		Path demo = Session.dataFolder("mimic-iii-demo");
		AtomicReference<String> refused = new AtomicReference<>();
		AtomicReference<String> replacing = new AtomicReference<>();
		AtomicReference<Boolean> finishBefore = new AtomicReference<>();
		AtomicReference<Boolean> finishAfter = new AtomicReference<>();
		ImportWizards.run(wizard -> {
			ImportWizards.source(wizard, demo);
			ImportWizards.name(wizard).setText("MIMIC3");
			EventLoop.waitUntil("the replace box", ImportWizards.replace(wizard)::isEnabled);
			refused.set(Widgets.texts(wizard));
			finishBefore.set(ImportWizards.finish(wizard).isEnabled());
			Screenshot.takeIfAsked("-import-wizard-exists");
			Widgets.click(ImportWizards.replace(wizard));
			replacing.set(Widgets.texts(wizard));
			finishAfter.set(ImportWizards.finish(wizard).isEnabled());
			ImportWizards.cancel(wizard);
		});
		assertTrue(refused.get().contains("A dataset named 'mimic3' already exists. Tick \u201CReplace the existing "
				+ "dataset\u201D to replace it when the import completes, or choose another name."), refused::get);
		assertFalse(finishBefore.get(), "Finish before Replace is ticked");
		assertTrue(replacing.get().contains("The dataset 'mimic3' will be replaced when the import completes."),
				replacing::get);
		assertTrue(finishAfter.get(), "Finish once Replace is ticked");
	}

	@Test
	@Order(3)
	void aCancelledImportLeavesOnlyANoteInTheStatusLine() throws Exception {
		Path demo = Session.dataFolder("mimic-iii-demo");
		ImportWizards.run(wizard -> {
			ImportWizards.source(wizard, demo);
			ImportWizards.name(wizard).setText("halfway");
			ImportWizards.pressFinish(wizard);
		});
		Job job = EventLoop.waitFor("the import job", () -> Arrays.stream(Job.getJobManager().find(ImportJob.FAMILY))
				.filter(candidate -> candidate.getState() == Job.RUNNING).findFirst());
		job.cancel();
		Session.waitForImports(Session.IMPORT_TIMEOUT);

		Control note = EventLoop.waitFor("the note in the status line",
				() -> Widgets.showing(Session.mainShell(), "cancelled: nothing was imported"));
		assertEquals("Import of halfway cancelled: nothing was imported.", Widgets.texts(note));
		assertTrue(Widgets.shell(ImportWizards.FAILED).isEmpty(), "no error dialog");
		assertEquals(Optional.empty(), Session.workspace().findDataset("halfway"));
		Screenshot.takeIfAsked("-import-cancelled");
	}

	/** Hovers over a row and reads the tool tip that shows. */
	private static String toolTip(TreeItem item) {
		Rectangle bounds = item.getBounds(0);
		Event hover = new Event();
		hover.x = bounds.x + bounds.width / 2;
		hover.y = bounds.y + bounds.height / 2;
		item.getParent().notifyListeners(SWT.MouseHover, hover);
		Shell tip = EventLoop.waitFor("a tool tip", () -> Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0)
				.filter(shell -> !Widgets.texts(shell).isBlank())
				.findFirst());
		String text = Widgets.texts(tip).strip();
		Screenshot.takeIfAsked("-tooltip");
		tip.close();
		return text;
	}
}
