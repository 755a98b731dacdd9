package org.chartroom.ui.schema.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.chartroom.core.store.Workspace;
import org.chartroom.diagram.io.SchemaFiles;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Makes a schema model from an XMI file (e.g. an exported one with descriptions added in an EMF
 * editor) describe the selected dataset from now on: the Schema view, the diagram and the CLI's
 * {@code schema} verb read it instead of the connector's model. A file that is not a warehouse model
 * is refused and changes nothing.
 */
public final class ImportSchemaHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		DatasetSelection selected = SelectedDataset.in(window, event);
		String name = selected.dataset().name();
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Import a Schema Model for " + name);
		dialog.setFilterExtensions(new String[] { "*.xmi;*.warehouse", "*.*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Workspace workspace = window.getService(Workspace.class);
		try {
			Dataset schema = new SchemaFiles(workspace.directory()).importFor(name, Path.of(chosen));
			MessageDialog.openInformation(window.getShell(), "Import Schema Model", "The model of " + schema.getTables().size()
					+ " tables in " + chosen + " now describes " + name + ". Open its Schema or Diagram again to see it.");
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Import Schema Model", "Nothing was changed. " + e.getMessage());
		}
		return null;
	}
}
