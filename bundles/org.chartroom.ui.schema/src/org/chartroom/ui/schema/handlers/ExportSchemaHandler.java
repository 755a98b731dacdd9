package org.chartroom.ui.schema.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.chartroom.core.store.Workspace;
import org.chartroom.diagram.io.SchemaFiles;
import org.chartroom.model.warehouse.WarehousePackage;
import org.chartroom.ui.schema.SchemaSource;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Saves the selected dataset's schema model as an XMI file, with the metamodel
 * ({@code warehouse.ecore}) beside it, so EMF tools open the model without Chartroom.
 */
public final class ExportSchemaHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		DatasetSelection selected = SelectedDataset.in(window, event);
		String name = selected.dataset().name();
		FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
		dialog.setText("Export the Schema Model of " + name);
		dialog.setFilterExtensions(new String[] { "*.xmi" });
		dialog.setFileName(name + ".xmi");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		Workspace workspace = window.getService(Workspace.class);
		try {
			SchemaFiles.export(SchemaSource.of(workspace.directory(), selected.dataset(), Connectors.installed()), name, file);
			Path ecore = file.resolveSibling("warehouse.ecore");
			copyMetamodel(ecore);
			MessageDialog.openInformation(window.getShell(), "Export Schema Model",
					"Saved " + file + "\nand its metamodel " + ecore + " (nsURI " + WarehousePackage.eNS_URI + ").");
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Export Schema Model", e.getMessage());
		}
		return null;
	}

	private static void copyMetamodel(Path target) throws IOException {
		Bundle model = FrameworkUtil.getBundle(WarehousePackage.class);
		try (InputStream in = model.getEntry("model/warehouse.ecore").openStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
