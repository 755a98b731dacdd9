package org.chartroom.ui.handlers;

import java.util.Optional;

import org.chartroom.core.store.Workspace;
import org.chartroom.ui.about.AboutDialog;
import org.chartroom.ui.about.AboutVersions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help ▸ About Chartroom. */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<Workspace> workspace = Optional.ofNullable(window.getService(Workspace.class));
		new AboutDialog(window.getShell(), AboutVersions.collect(workspace)).open();
		return null;
	}
}
