package org.chartroom.ui.imports;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.Workspace;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * File ▸ Import Dataset…: asks for the kind of files, where they are and the new dataset's name,
 * and hands the request over on Finish; the import itself runs in a job, not in the wizard.
 */
public final class ImportWizard extends Wizard {

	public static final String TITLE = "Import Dataset";

	private final Workspace workspace;
	private final Consumer<ImportRequest> start;
	private final ImportWizardPage page;

	public ImportWizard(Workspace workspace, List<Connector> connectors, IDialogSettings settings,
			Consumer<ImportRequest> start) {
		this.workspace = workspace;
		this.start = start;
		this.page = new ImportWizardPage(connectors, settings);
		setWindowTitle(TITLE);
		setDialogSettings(settings);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		Display display = pageContainer.getDisplay();
		new DatasetNamesJob(workspace, names -> display.asyncExec(() -> {
			if (!pageContainer.isDisposed()) {
				page.namesInUse(names);
			}
		})).schedule();
	}

	@Override
	public boolean performFinish() {
		Optional<ImportRequest> request = page.request();
		request.ifPresent(page::remember);
		request.ifPresent(start);
		return request.isPresent();
	}
}
