package org.chartroom.ui.report;

import java.util.Optional;

import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Report view on the dataset selected in the Datasets view (Reports menu, Datasets context menu). */
public final class OpenReportsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		// read before the view opens: it becomes the active part, with a selection of its own
		Optional<DatasetSelection> selection = DatasetSelection.inWindow(window);
		try {
			window.getActivePage().showView(ReportView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Report view: " + e.getMessage(), e);
		}
		IEventBroker events = window.getService(IEventBroker.class);
		selection.ifPresent(chosen -> events.send(ReportView.OPEN_TOPIC, chosen.dataset()));
		return null;
	}
}
