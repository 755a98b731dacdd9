package org.chartroom.ui.cohort.editor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.atlas.AtlasExport;
import org.chartroom.ui.cohort.CohortDataset;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Export ATLAS JSON…: writes the cohort as an OHDSI ATLAS cohort definition, through a {@code .part}
 * file; what ATLAS cannot say (code prefixes, domains it lacks) is refused with the exporter's message.
 */
final class AtlasExportAction {

	private final Shell shell;
	private final CohortDataset dataset;

	AtlasExportAction(Shell shell, CohortDataset dataset) {
		this.shell = shell;
		this.dataset = dataset;
	}

	void run(Cohort cohort, String name) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.json" });
		dialog.setFileName((name == null || name.isBlank() ? "cohort" : name.strip()) + ".json");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.endsWith(".json") ? chosen : chosen + ".json");
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try {
			try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
				AtlasExport.write(cohort, dataset.schema(), out);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			MessageDialog.openInformation(shell, "Export ATLAS JSON", "Exported the cohort to " + target + ".");
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Export ATLAS JSON", "Cannot export the cohort: " + e.getMessage());
		} finally {
			try {
				Files.deleteIfExists(part);
			} catch (IOException e) {
				// nothing more to do
			}
		}
	}
}
