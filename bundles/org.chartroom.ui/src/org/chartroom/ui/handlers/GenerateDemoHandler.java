package org.chartroom.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.generate.DataGenerator;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.InstalledServices;
import org.chartroom.ui.imports.GenerateDemoDialog;
import org.chartroom.ui.imports.GenerateRequest;
import org.chartroom.ui.imports.ImportJob;
import org.chartroom.ui.imports.SyntheticDemo;
import org.chartroom.ui.imports.WorkbenchImportReport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The welcome's "Generate a synthetic demo…": asks for patients and seed, then generates the
 * files and imports them in one job.
 */
public final class GenerateDemoHandler extends AbstractHandler {

	private final InstalledServices<DataGenerator> generators = InstalledServices.track(DataGenerator.class,
			GenerateDemoHandler.class);
	private final InstalledServices<Connector> connectors = InstalledServices.track(Connector.class,
			GenerateDemoHandler.class);

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Workspace workspace = window.getService(Workspace.class);
		List<DataGenerator> installed = generators.now();
		if (installed.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), GenerateDemoDialog.TITLE,
					"No generator of synthetic data is installed.");
			return null;
		}
		GenerateDemoDialog dialog = new GenerateDemoDialog(window.getShell(), installed, workspace.directory());
		if (dialog.open() != Window.OK || dialog.request().isEmpty()) {
			return null;
		}
		GenerateRequest request = dialog.request().get();
		Optional<Connector> connector = connectors.now().stream()
				.filter(candidate -> candidate.id().equals(request.generator().id()))
				.findFirst();
		if (connector.isEmpty()) {
			MessageDialog.openError(window.getShell(), GenerateDemoDialog.TITLE, "No connector for '"
					+ request.generator().id() + "' is installed, so what " + request.generator().displayName()
					+ " writes cannot be imported.");
			return null;
		}
		new ImportJob("Generating a synthetic demo",
				new SyntheticDemo(workspace, request.generator(), connector.get(), request.patients(), request.seed()),
				new WorkbenchImportReport(window, "Synthetic demo")).schedule();
		return null;
	}

	@Override
	public void dispose() {
		generators.close();
		connectors.close();
		super.dispose();
	}
}
