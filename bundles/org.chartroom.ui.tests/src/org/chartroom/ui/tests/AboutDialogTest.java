package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/** Help ▸ About Chartroom, opened through its command. */
class AboutDialogTest {

	private static final String ABOUT_COMMAND = "org.chartroom.ui.commands.about";

	@Test
	void aboutShowsTheReleaseAndTheStore() throws Exception {
		IHandlerService handlers = ChartroomWindowTest.window().getService(IHandlerService.class);
		AtomicReference<String> shown = new AtomicReference<>();
		// The dialog is modal and runs its own event loop: it is read and closed from within that loop.
		DialogWatch watch = new DialogWatch("About Chartroom", about -> {
			shown.set(Widgets.texts(about));
			Screenshot.takeIfAsked("-about");
		}).start();
		handlers.executeCommand(ABOUT_COMMAND, null);
		watch.verify();

		String text = Optional.ofNullable(shown.get()).orElseThrow(() -> new AssertionError("No About Chartroom dialog"));
		assertTrue(text.contains("Chartroom 0.1.0"), () -> "release missing in:\n" + text);
		assertTrue(text.contains("Derby"), () -> "store missing in:\n" + text);
		assertTrue(text.contains("ui-test-workspace"), () -> "workspace missing in:\n" + text);
		assertTrue(text.contains(System.getProperty("java.vendor")), () -> "Java vendor missing in:\n" + text);
		assertTrue(Widgets.shell("About Chartroom").isEmpty(), "the dialog is closed");
	}
}
