package org.chartroom.ui.tests;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Waits, from inside the event loop, for a shell with a given title to show; hands it to a
 * consumer and closes it. Used for modal dialogs, whose opening call returns only once they
 * are closed. Gives up (closing nothing) after {@link EventLoop#TIMEOUT}.
 */
final class DialogWatch implements Runnable {

	private static final int POLL_MILLIS = 100;

	private final String title;
	private final Consumer<Shell> inspection;
	private final long deadline = System.nanoTime() + EventLoop.TIMEOUT.toNanos();
	private final Display display = Display.getCurrent();

	DialogWatch(String title, Consumer<Shell> inspection) {
		this.title = title;
		this.inspection = inspection;
	}

	void start() {
		display.timerExec(POLL_MILLIS, this);
	}

	@Override
	public void run() {
		var shell = Widgets.shell(title).filter(Shell::isVisible);
		if (shell.isPresent()) {
			try {
				inspection.accept(shell.get());
			} finally {
				shell.get().close();
			}
		} else if (System.nanoTime() < deadline) {
			display.timerExec(POLL_MILLIS, this);
		}
	}
}
