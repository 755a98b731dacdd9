package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Drives File ▸ Import Dataset… as a person would: fields typed in, buttons pressed. */
final class ImportWizards {

	static final String TITLE = "Import Dataset";
	static final String FAILED = "Import Failed";

	private ImportWizards() {
	}

	/** Runs the import command; {@code driver} fills the wizard and ends it. */
	static void run(Consumer<Shell> driver) throws Exception {
		DialogWatch watch = DialogWatch.driving(TITLE, driver).start();
		Session.execute(Session.IMPORT_COMMAND);
		watch.verify();
	}

	static void chooseFormat(Shell wizard, String displayName) {
		Combo format = Widgets.field(wizard, "Format:", Combo.class);
		int index = Arrays.asList(format.getItems()).indexOf(displayName);
		assertTrue(index >= 0, () -> displayName + " not among " + Arrays.toString(format.getItems()));
		format.select(index);
		Widgets.click(format);
	}

	static void source(Shell wizard, Path folder) {
		Widgets.field(wizard, "Source:", Text.class).setText(folder.toString());
	}

	static Text name(Shell wizard) {
		return Widgets.field(wizard, "Dataset name:", Text.class);
	}

	static Button finish(Shell wizard) {
		return Widgets.button(wizard, "Finish");
	}

	static Button replace(Shell wizard) {
		return Widgets.button(wizard, "Replace the existing dataset");
	}

	/** Presses Finish once the wizard allows it (it learns the names in use in the background). */
	static void pressFinish(Shell wizard) {
		Button finish = finish(wizard);
		EventLoop.waitUntil("Finish to be enabled", finish::isEnabled);
		Widgets.click(finish);
	}

	static void cancel(Shell wizard) {
		Widgets.click(Widgets.button(wizard, "Cancel"));
	}
}
