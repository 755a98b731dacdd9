package org.chartroom.ui.patients;

import org.chartroom.core.patients.PatientDataException;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Window ▸ Patients and the Datasets tree's "Browse Patients": opens the Patients perspective, on the
 * dataset selected in the Datasets view if there is one (else the list offers the datasets to choose from).
 */
public final class BrowsePatientsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		PatientBrowser browser = PatientBrowser.of(window.getService(IEclipseContext.class));
		// what the Datasets view had selected, before the perspective changes the active part
		java.util.Optional<DatasetSelection> chosen = DatasetSelection.from(HandlerUtil.getCurrentSelection(event))
				.or(() -> DatasetSelection.inWindow(window));
		try {
			window.getWorkbench().showPerspective(PatientsPerspective.ID, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("Cannot open the Patients perspective: " + e.getMessage(), e);
		}
		chosen.ifPresent(selection -> {
					try {
						browser.browse(selection.dataset());
					} catch (PatientDataException e) {
						MessageDialog.openError(window.getShell(), "Browse Patients", e.getMessage());
					}
				});
		return null;
	}
}
