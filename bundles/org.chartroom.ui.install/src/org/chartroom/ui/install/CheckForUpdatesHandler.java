package org.chartroom.ui.install;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.chartroom.install.InstallException;
import org.chartroom.install.Plugin;
import org.chartroom.install.PluginInstaller;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help ▸ Check for Updates…: newer versions of the installed plugins in the repositories they were
 * installed or listed from (a local folder works as well as an institution's web site).
 */
public final class CheckForUpdatesHandler extends AbstractHandler {

	private static final String TITLE = "Check for Updates";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			PluginInstaller installer = PluginInstaller.forRunningProduct();
			List<URI> repositories = installer.knownRepositories();
			if (repositories.isEmpty()) {
				MessageDialog.openInformation(shell, TITLE, "No plugin was installed from a repository yet: "
						+ "use Help ▸ Install New Software… first.");
				return null;
			}
			AtomicReference<List<Plugin>> updates = new AtomicReference<>();
			Progress.run(shell, monitor -> updates.set(installer.updates(repositories, monitor)));
			if (updates.get().isEmpty()) {
				MessageDialog.openInformation(shell, TITLE, "Every installed plugin is up to date (looked in "
						+ repositories.stream().map(URI::toString).collect(Collectors.joining(", ")) + ").");
				return null;
			}
			String list = updates.get().stream()
					.map(p -> "• " + p.name() + " " + p.installedVersion().orElse("?") + " → " + p.version())
					.collect(Collectors.joining("\n"));
			if (MessageDialog.openQuestion(shell, TITLE, "Updates are available:\n" + list + "\n\nInstall them now?")) {
				List<String> ids = updates.get().stream().map(Plugin::id).toList();
				Progress.run(shell, monitor -> installer.update(repositories, ids, monitor));
				Restart.offer(shell, "The plugins are updated.");
			}
		} catch (InstallException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
		return null;
	}
}
