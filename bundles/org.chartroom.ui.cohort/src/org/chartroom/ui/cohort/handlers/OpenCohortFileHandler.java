package org.chartroom.ui.cohort.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.cohort.io.CohortXmi;
import org.chartroom.cohort.atlas.AtlasImport;
import org.chartroom.ui.cohort.CohortDataset;
import org.chartroom.ui.cohort.editor.CohortEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Cohorts ▸ Open Cohort File…: a Chartroom cohort (.xmi) or an OHDSI ATLAS cohort (.json) into the
 * builder on the selected dataset, not yet saved. The ATLAS features left out are listed, then shown
 * in the editor.
 */
public final class OpenCohortFileHandler extends AbstractHandler {

	private static final String TITLE = "Open Cohort File";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<CohortDataset> dataset = ChosenDataset.of(event, TITLE);
		if (dataset.isEmpty()) {
			return null;
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(TITLE + " for dataset " + dataset.get().name());
		dialog.setFilterExtensions(new String[] { "*.xmi;*.json", "*.xmi", "*.json" });
		dialog.setFilterNames(new String[] { "Cohort definitions", "Chartroom cohorts (*.xmi)", "OHDSI ATLAS cohorts (*.json)" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		try {
			CohortEditorInput input;
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
				AtlasImport.Imported imported = AtlasImport.read(file, dataset.get().schema());
				input = CohortEditorInput.unsaved(dataset.get(), imported.cohort(), imported.warnings());
				if (!imported.warnings().isEmpty()) {
					MessageDialog.openWarning(window.getShell(), TITLE, "Chartroom does not support these features of "
							+ file.getFileName() + "; they are left out:\n\n" + String.join("\n", imported.warnings()));
				}
			} else {
				input = CohortEditorInput.unsaved(dataset.get(), CohortXmi.read(file), List.of());
			}
			EditorOpener.open(window, input);
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), TITLE, e.getMessage());
		}
		return null;
	}
}
