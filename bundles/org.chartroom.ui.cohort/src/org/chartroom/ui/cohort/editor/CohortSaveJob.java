package org.chartroom.ui.cohort.editor;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.progress.IProgressConstants;

/** Saves a cohort in a job: its definition as XMI and its entries in the members table ({@link SavedCohorts#save}). */
final class CohortSaveJob extends Job {

	/** How the save ended: the entries saved, or why it failed. */
	record Outcome(String name, long entries, Optional<String> error) {
	}

	private final Workspace workspace;
	private final String dataset;
	private final String name;
	private final Cohort cohort;
	private final CompiledCohort compiled;
	private final Consumer<Outcome> done;

	/** Saves a copy of the cohort as it is now, so the person may go on editing meanwhile. */
	CohortSaveJob(Workspace workspace, String dataset, String name, Cohort cohort, CompiledCohort compiled, Consumer<Outcome> done) {
		super("Saving cohort " + name + " of " + dataset);
		this.workspace = workspace;
		this.dataset = dataset;
		this.name = name;
		this.cohort = EcoreUtil.copy(cohort);
		this.compiled = compiled;
		this.done = done;
		setUser(true);
		// the editor says what went wrong; no second pop-up from the Progress view
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			long entries = new SavedCohorts(workspace).save(dataset, name, cohort, compiled, monitor);
			done.accept(new Outcome(name, entries, Optional.empty()));
			return Status.OK_STATUS;
		} catch (StoreException | IOException | RuntimeException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			done.accept(new Outcome(name, 0, Optional.of(message)));
			return Status.error("Cannot save cohort " + name + ": " + message, e);
		}
	}
}
