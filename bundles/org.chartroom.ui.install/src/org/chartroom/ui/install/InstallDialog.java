package org.chartroom.ui.install;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.chartroom.install.InstallException;
import org.chartroom.install.Plugin;
import org.chartroom.install.PluginInstaller;
import org.chartroom.install.RepositoryLocation;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Install New Software: a repository (web address, folder or .zip), the plugins it offers with the
 * versions installed now, and Install for the checked ones. Listing and installing run behind a
 * progress dialog; a failure is shown in the dialog and changes nothing.
 */
final class InstallDialog extends TitleAreaDialog {

	private final PluginInstaller installer;
	private Combo location;
	private Table plugins;
	private Optional<URI> listed = Optional.empty();

	InstallDialog(Shell shell, PluginInstaller installer) {
		super(shell);
		this.installer = installer;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Install New Software");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Install plugins from a repository");
		setMessage("Type the address of an update site, or choose a folder or .zip file, then List.");
		Composite area = new Composite((Composite) super.createDialogArea(parent), SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		area.setLayout(new GridLayout(4, false));
		new Label(area, SWT.NONE).setText("Repository:");
		location = new Combo(area, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(location);
		installer.knownRepositories().forEach(uri -> location.add(uri.toString()));
		location.addListener(SWT.DefaultSelection, e -> list());
		Button folder = new Button(area, SWT.PUSH);
		folder.setText("Folder…");
		folder.addListener(SWT.Selection, e -> chooseFolder());
		Button list = new Button(area, SWT.PUSH);
		list.setText("List");
		list.addListener(SWT.Selection, e -> list());

		plugins = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		plugins.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 220).applyTo(plugins);
		for (String title : List.of("Plugin", "Id", "Version", "Installed")) {
			TableColumn column = new TableColumn(plugins, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals("Plugin") ? 320 : title.equals("Id") ? 290 : 150);
		}
		plugins.addListener(SWT.Selection, e -> updateButtons());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Install", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void chooseFolder() {
		DirectoryDialog chooser = new DirectoryDialog(getShell());
		chooser.setText("Choose a p2 repository folder");
		Optional.ofNullable(chooser.open()).ifPresent(path -> {
			location.setText(path);
			list();
		});
	}

	private void list() {
		plugins.removeAll();
		listed = Optional.empty();
		try {
			URI repository = RepositoryLocation.parse(location.getText());
			AtomicReference<List<Plugin>> offered = new AtomicReference<>();
			Progress.run(getShell(), monitor -> offered.set(installer.available(repository, monitor)));
			for (Plugin plugin : offered.get()) {
				TableItem item = new TableItem(plugins, SWT.NONE);
				item.setText(new String[] { plugin.name(), plugin.id(), plugin.version(), plugin.installedVersion().orElse("") });
				item.setData(plugin);
			}
			listed = Optional.of(repository);
			int count = offered.get().size();
			setMessage(count == 0 ? "The repository offers no plugin."
					: (count == 1 ? "1 plugin" : count + " plugins") + " offered: check the ones to install.",
					count == 0 ? IMessageProvider.WARNING : IMessageProvider.NONE);
		} catch (InstallException e) {
			setMessage(e.getMessage(), IMessageProvider.ERROR);
		}
		updateButtons();
	}

	private List<String> checked() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : plugins.getItems()) {
			if (item.getChecked()) {
				ids.add(((Plugin) item.getData()).id());
			}
		}
		return ids;
	}

	private void updateButtons() {
		getButton(IDialogConstants.OK_ID).setEnabled(listed.isPresent() && !checked().isEmpty());
	}

	@Override
	protected void okPressed() {
		List<String> ids = checked();
		try {
			Progress.run(getShell(), monitor -> installer.install(listed.orElseThrow(), ids, monitor));
			super.okPressed();
		} catch (InstallException e) {
			setMessage(e.getMessage(), IMessageProvider.ERROR);
		}
	}
}
