package org.chartroom.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long verb as lines on stderr, one per tenth of the work, so a log or a terminal
 * shows it alike. Cancelling it (Ctrl-C, see {@link CancelOnInterrupt}) asks the work to stop.
 */
public final class ProgressLines extends NullProgressMonitor {

	private final PrintWriter err;
	private final IntFunction<String> done;
	private int total = 1;
	private double worked;
	private int lastTenth;

	/** @param done what a percentage of the work amounts to, in words, e.g. "300 of 1,000 patients" */
	public ProgressLines(PrintWriter err, IntFunction<String> done) {
		this.err = err;
		this.done = done;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = Math.max(1, totalWork);
		if (name != null && !name.isEmpty()) {
			err.println(name);
		}
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
		int tenth = (int) Math.min(10, Math.floor(worked * 10 / total));
		if (tenth > lastTenth) {
			lastTenth = tenth;
			err.println(String.format(Locale.ROOT, "%3d%%  %s", tenth * 10, done.apply(tenth * 10)));
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}
