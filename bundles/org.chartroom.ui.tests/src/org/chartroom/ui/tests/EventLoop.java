package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Lets the UI thread work (jobs hand their results over through it) until something shows up. */
final class EventLoop {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private EventLoop() {
	}

	static <T> T waitFor(String what, Supplier<Optional<T>> probe) {
		return waitFor(what, TIMEOUT, probe);
	}

	/** Like {@link #waitFor(String, Supplier)}, for work that takes long, such as importing the demo. */
	static <T> T waitFor(String what, Duration timeout, Supplier<Optional<T>> probe) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			spin(display);
		}
		return fail("Waited " + timeout.toSeconds() + " s in vain for " + what);
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT, condition);
	}

	static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		waitFor(what, timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
	}

	/** Runs the event loop for a while, e.g. so that a window is painted. */
	static void run(Duration duration) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			spin(display);
		}
	}

	private static void spin(Display display) {
		if (!display.readAndDispatch()) {
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting", e);
			}
		}
	}
}
