package org.chartroom.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;

/**
 * Takes a picture of the screen with ImageMagick's {@code import} when the system property
 * {@code chartroom.screenshot} names a PNG file; otherwise does nothing. Never fails a test.
 */
final class Screenshot {

	static final String PROPERTY = "chartroom.screenshot";

	private Screenshot() {
	}

	/** @param suffix added before {@code .png}, e.g. {@code -about}; empty for the main picture */
	static void takeIfAsked(String suffix) {
		String target = System.getProperty(PROPERTY);
		if (target == null || target.isBlank()) {
			return;
		}
		EventLoop.run(Duration.ofSeconds(1)); // let everything paint
		Path file = Path.of(target.replaceFirst("\\.png$", "") + suffix + ".png");
		try {
			Process process = new ProcessBuilder("import", "-window", "root", file.toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				ILog.of(Screenshot.class).warn("No screenshot taken to " + file);
			}
		} catch (IOException e) {
			ILog.of(Screenshot.class).warn("No screenshot taken to " + file + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
