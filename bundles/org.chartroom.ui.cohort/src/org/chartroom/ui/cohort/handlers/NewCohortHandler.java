package org.chartroom.ui.cohort.handlers;

import java.util.List;

import org.chartroom.cohort.CohortFactory;
import org.chartroom.ui.cohort.editor.CohortEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Cohorts ▸ New Cohort…, and New Cohort… on a dataset: the builder on a new, empty cohort of the selected dataset. */
public final class NewCohortHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var dataset = ChosenDataset.of(event, "New Cohort");
		if (dataset.isPresent()) {
			EditorOpener.open(HandlerUtil.getActiveWorkbenchWindowChecked(event),
					CohortEditorInput.unsaved(dataset.get(), CohortFactory.eINSTANCE.createCohort(), List.of()));
		}
		return null;
	}
}
