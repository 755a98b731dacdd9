package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in the import wizard: a name it refuses as it is typed, and a file whose data the
 * import refuses, shown in plain words (file, line, column, value) with the workspace unchanged.
 */
@Order(2)
class ImportFailureTest {

	static final String PATIENTS_HEADER = "row_id,subject_id,gender,dob,dod,dod_hosp,dod_ssn,expire_flag\n";
	static final String ADMISSIONS_HEADER = "row_id,subject_id,hadm_id,admittime,dischtime,deathtime,admission_type,"
			+ "admission_location,discharge_location,insurance,language,religion,marital_status,ethnicity,edregtime,"
			+ "edouttime,diagnosis,hospital_expire_flag,has_chartevents_data\n";
	static final String ICUSTAYS_HEADER = "row_id,subject_id,hadm_id,icustay_id,dbsource,first_careunit,last_careunit,"
			+ "first_wardid,last_wardid,intime,outtime,los\n";

	@Test
	void anUnparsableDateShowsTheImportsMessageAndImportsNothing(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("ADMISSIONS.csv"), ADMISSIONS_HEADER);
		Files.writeString(folder.resolve("ICUSTAYS.csv"), ICUSTAYS_HEADER);
		Files.writeString(folder.resolve("PATIENTS.csv"), PATIENTS_HEADER
				+ "1,101,F,2080-01-02 00:00:00,,,,0\n"
				+ "2,102,M,the 5th of May,,,,0\n");
		Session.showDatasetsView();

		AtomicReference<String> message = new AtomicReference<>();
		DialogWatch failed = new DialogWatch(ImportWizards.FAILED, dialog -> {
			message.set(Widgets.tree(dialog).filter(Label.class::isInstance).map(label -> ((Label) label).getText())
					.filter(text -> text.contains("PATIENTS.csv")).findFirst().orElse(Widgets.texts(dialog)));
			Screenshot.takeIfAsked("-import-failed");
		}).start();
		ImportWizards.run(wizard -> {
			ImportWizards.source(wizard, folder);
			ImportWizards.name(wizard).setText("bad");
			Screenshot.takeIfAsked("-import-wizard-bad");
			ImportWizards.pressFinish(wizard);
		});
		EventLoop.waitUntil("the Import Failed dialog to be read", () -> message.get() != null);
		failed.verify();

		assertEquals("PATIENTS.csv line 3, column DOB: 'the 5th of May' is not a timestamp "
				+ "(expected YYYY-MM-DD HH:MM:SS)\n\nNothing was imported: the workspace is as it was.", message.get());
		assertFalse(Widgets.texts(Session.mainShell()).contains("Exception"), "no stack trace anywhere");
		Session.waitForImports(EventLoop.TIMEOUT);
		assertEquals(List.of(), Session.workspace().datasets(), "no dataset after the failed import");
		Control welcome = EventLoop.waitFor("the welcome, still",
				() -> Widgets.showing(Session.mainShell(), "No datasets yet"));
		assertTrue(welcome.isVisible());
	}

	@Test
	void theWizardRefusesAnInvalidNameAsItIsTyped() throws Exception {
		Path demo = Session.dataFolder("mimic-iii-demo");
		AtomicReference<String> suggested = new AtomicReference<>();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Boolean> finishWithBadName = new AtomicReference<>();
		ImportWizards.run(wizard -> {
			ImportWizards.source(wizard, demo);
			suggested.set(ImportWizards.name(wizard).getText());
			ImportWizards.name(wizard).setText("2nd-try");
			refusal.set(Widgets.texts(wizard));
			finishWithBadName.set(ImportWizards.finish(wizard).isEnabled());
			Screenshot.takeIfAsked("-import-wizard-bad-name");
			ImportWizards.cancel(wizard);
		});
		assertEquals("mimic_iii_demo", suggested.get(), "the name made from the folder's");
		assertTrue(refusal.get().contains("'2nd-try' is not a valid dataset name: use a letter, then letters, "
				+ "digits or '_', at most 64 characters."), refusal::get);
		assertFalse(finishWithBadName.get(), "Finish with an invalid name");
		Session.waitForImports(EventLoop.TIMEOUT);
		assertEquals(List.of(), Session.workspace().datasets());
	}
}
