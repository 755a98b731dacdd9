package org.chartroom.ui.cohort.handlers;

import org.chartroom.ui.cohort.editor.CohortEditor;
import org.chartroom.ui.cohort.editor.CohortEditorInput;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Opens the cohort builder on an input (or shows the editor that has it open already). */
final class EditorOpener {

	private EditorOpener() {
	}

	static void open(IWorkbenchWindow window, CohortEditorInput input) throws ExecutionException {
		try {
			window.getActivePage().openEditor(input, CohortEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the cohort builder: " + e.getMessage(), e);
		}
	}
}
