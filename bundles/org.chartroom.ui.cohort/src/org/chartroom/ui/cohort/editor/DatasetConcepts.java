package org.chartroom.ui.cohort.editor;

import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.cohort.CohortDataset;
import org.chartroom.ui.cohort.criteria.ConceptChooser;
import org.chartroom.ui.concepts.pick.ConceptPicker;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** The concept search of the editor's dataset: its index is read once, in a job, the first time it is needed. */
final class DatasetConcepts implements ConceptChooser {

	private final Workspace workspace;
	private final CohortDataset dataset;
	private Optional<ConceptIndex> index = Optional.empty();

	DatasetConcepts(Workspace workspace, CohortDataset dataset) {
		this.workspace = workspace;
		this.dataset = dataset;
	}

	@Override
	public void choose(Shell shell, Consumer<Concept> chosen) {
		if (index.isPresent()) {
			open(shell, index.get(), chosen);
			return;
		}
		shell.setCursor(shell.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
		Job.create("Reading the concepts of " + dataset.name(), monitor -> {
			try {
				ConceptIndex read = new ConceptIndexReader(workspace).read(dataset.name(), dataset.schema(), monitor);
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						shell.setCursor(null);
						index = Optional.of(read);
						open(shell, read, chosen);
					}
				});
			} catch (StoreException | RuntimeException e) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						shell.setCursor(null);
						MessageDialog.openError(shell, "Pick Concept", "Cannot read the concepts of " + dataset.name() + ": "
								+ e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void open(Shell shell, ConceptIndex index, Consumer<Concept> chosen) {
		new ConceptPicker(shell, index, "Pick a concept for the criterion", "Add").choose().ifPresent(chosen);
	}
}
