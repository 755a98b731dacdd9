package org.chartroom.ui.handlers;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.InstalledServices;
import org.chartroom.ui.imports.ImportJob;
import org.chartroom.ui.imports.ImportWizard;
import org.chartroom.ui.imports.WorkbenchImportReport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/** File ▸ Import Dataset…: the wizard, then the import in a job. */
public final class ImportDatasetHandler extends AbstractHandler {

	private static final String SETTINGS_SECTION = "ImportWizard";

	private final InstalledServices<Connector> connectors = InstalledServices.track(Connector.class,
			ImportDatasetHandler.class);

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Workspace workspace = window.getService(Workspace.class);
		ImportWizard wizard = new ImportWizard(workspace, connectors.now(), settings(), request -> ImportJob
				.of(workspace, request, new WorkbenchImportReport(window, "Import of " + request.name()))
				.schedule());
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}

	@Override
	public void dispose() {
		connectors.close();
		super.dispose();
	}

	private static IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ImportDatasetHandler.class))
				.getDialogSettings();
		IDialogSettings section = all.getSection(SETTINGS_SECTION);
		return section != null ? section : all.addNewSection(SETTINGS_SECTION);
	}
}
