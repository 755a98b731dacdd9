package org.chartroom.ui.handlers;

import org.chartroom.ui.views.DatasetsTopics;
import org.chartroom.ui.views.DatasetsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Lists the datasets again: opens the Datasets view, or asks the open one to refresh. */
public final class RefreshDatasetsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.findView(DatasetsView.ID) == null) {
			try {
				page.showView(DatasetsView.ID); // a new view lists the datasets as it opens
			} catch (PartInitException e) {
				throw new ExecutionException("Cannot open the Datasets view", e);
			}
			return null;
		}
		window.getService(IEventBroker.class).post(DatasetsTopics.REFRESH, Boolean.TRUE);
		return null;
	}
}
