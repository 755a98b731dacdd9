package org.chartroom.ui.cohort.counts;

import java.util.function.Consumer;

import org.chartroom.cohort.run.CohortCounter;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Counts the cohort as its criteria change: a request waits {@value #QUIET_MILLIS} ms for the next one,
 * then counts the attrition in a {@link Job}, cancelling the count before it. A count whose request
 * is no longer the newest (or whose editor is closed) hands nothing over. Never runs SQL on the UI thread.
 */
public final class LiveCounts {

	static final int QUIET_MILLIS = 300;

	private final Control owner;
	private final Workspace workspace;
	private final String dataset;
	private final Consumer<CountOutcome> outcomes;
	private final Runnable start = this::start;
	private CompiledCohort pending;
	private Job running;
	private int generation;

	/** @param outcomes gets each outcome on the UI thread */
	public LiveCounts(Control owner, Workspace workspace, String dataset, Consumer<CountOutcome> outcomes) {
		this.owner = owner;
		this.workspace = workspace;
		this.dataset = dataset;
		this.outcomes = outcomes;
		owner.addDisposeListener(e -> cancel());
	}

	/** Counts this cohort once no newer request has come for a moment. UI thread. */
	public void request(CompiledCohort compiled) {
		pending = compiled;
		generation++;
		owner.getDisplay().timerExec(-1, start);
		owner.getDisplay().timerExec(QUIET_MILLIS, start);
	}

	/** Forgets the pending request and cancels the running count (the cohort became invalid, or closed). UI thread. */
	public void cancel() {
		generation++;
		pending = null;
		if (!owner.isDisposed()) {
			owner.getDisplay().timerExec(-1, start);
		}
		if (running != null) {
			running.cancel();
			running = null;
		}
	}

	private void start() {
		if (owner.isDisposed() || pending == null) {
			return;
		}
		if (running != null) {
			running.cancel();
		}
		CompiledCohort compiled = pending;
		int mine = generation;
		outcomes.accept(new CountOutcome.Counting());
		running = new Job("Counting the cohort on " + dataset) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				long started = System.nanoTime();
				try {
					CohortCounts counts = new CohortCounter(workspace, dataset).count(compiled, monitor);
					long millis = (System.nanoTime() - started) / 1_000_000;
					deliver(mine, monitor, new CountOutcome.Counted(counts, millis));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (StoreException | RuntimeException e) {
					deliver(mine, monitor, new CountOutcome.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
					return Status.OK_STATUS;
				}
			}
		};
		running.setSystem(true);
		running.setPriority(Job.SHORT);
		running.schedule();
	}

	private void deliver(int mine, IProgressMonitor monitor, CountOutcome outcome) {
		if (monitor.isCanceled() || owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed() && mine == generation) {
				outcomes.accept(outcome);
			}
		});
	}
}
