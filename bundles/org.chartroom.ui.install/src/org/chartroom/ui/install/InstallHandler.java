package org.chartroom.ui.install;

import org.chartroom.install.InstallException;
import org.chartroom.install.PluginInstaller;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help ▸ Install New Software…: the install dialog on the running product's p2 profile. */
public final class InstallHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			PluginInstaller installer = PluginInstaller.forRunningProduct();
			if (new InstallDialog(shell, installer).open() == InstallDialog.OK) {
				Restart.offer(shell, "The plugins are installed.");
			}
		} catch (InstallException e) {
			MessageDialog.openError(shell, "Install New Software", e.getMessage());
		}
		return null;
	}
}
