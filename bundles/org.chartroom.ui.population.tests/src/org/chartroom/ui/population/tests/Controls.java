package org.chartroom.ui.population.tests;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Finds controls in the window and lets the event loop run while jobs hand their results over. */
final class Controls {

	static final Duration TIMEOUT = Duration.ofSeconds(180);

	private Controls() {
	}

	static Stream<Control> all(Control root) {
		if (root instanceof Composite composite) {
			return Stream.concat(Stream.of(root), Arrays.stream(composite.getChildren()).flatMap(Controls::all));
		}
		return Stream.of(root);
	}

	static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<T> test) {
		return all(root).filter(type::isInstance).map(type::cast).filter(c -> c.isVisible() && test.test(c)).findFirst();
	}

	static <T extends Control> java.util.List<T> findAll(Control root, Class<T> type, Predicate<T> test) {
		return all(root).filter(type::isInstance).map(type::cast).filter(test).toList();
	}

	static <T> T waitFor(String what, Supplier<Optional<T>> probe) {
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
				}
			}
		}
		throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what);
	}

	static void run(Duration duration) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}
}
