package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Waits, from inside the event loop, for a shell with a given title to show and hands it over.
 * Used for modal dialogs, whose opening call returns only once they are closed: the watch either
 * reads the dialog and closes it, or drives it (fills fields, presses a button) and leaves the
 * closing to the dialog. A failed assertion inside closes the dialog, so that the test goes on,
 * and {@link #verify()} throws it again. Gives up (closing nothing) after {@link EventLoop#TIMEOUT}.
 */
final class DialogWatch implements Runnable {

	private static final int POLL_MILLIS = 100;

	private final String title;
	private final Consumer<Shell> action;
	private final boolean close;
	private final long deadline = System.nanoTime() + EventLoop.TIMEOUT.toNanos();
	private final Display display = Display.getCurrent();
	private boolean seen;
	private Throwable failure;

	/** Reads the dialog titled {@code title}, then closes it. */
	DialogWatch(String title, Consumer<Shell> inspection) {
		this(title, inspection, true);
	}

	private DialogWatch(String title, Consumer<Shell> action, boolean close) {
		this.title = title;
		this.action = action;
		this.close = close;
	}

	/** Drives the dialog titled {@code title}; the driver ends it with one of its buttons. */
	static DialogWatch driving(String title, Consumer<Shell> driver) {
		return new DialogWatch(title, driver, false);
	}

	DialogWatch start() {
		display.timerExec(POLL_MILLIS, this);
		return this;
	}

	/** Fails if the dialog never showed, or if what was done with it failed. */
	void verify() {
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		assertTrue(seen, () -> "No dialog titled " + title + " showed");
	}

	@Override
	public void run() {
		var shell = Widgets.shell(title).filter(Shell::isVisible);
		if (shell.isPresent()) {
			seen = true;
			try {
				action.accept(shell.get());
			} catch (RuntimeException | Error e) {
				failure = e;
				shell.get().close();
			} finally {
				if (close && !shell.get().isDisposed()) {
					shell.get().close();
				}
			}
		} else if (System.nanoTime() < deadline) {
			display.timerExec(POLL_MILLIS, this);
		}
	}
}
