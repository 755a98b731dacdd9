package org.chartroom.ui.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the import wizard: the kind of files, the folder or zip file, and the new
 * dataset's name (made from the folder's name until the person types one), checked as they type.
 */
final class ImportWizardPage extends WizardPage {

	static final String TITLE = "Import a dataset";
	static final String DESCRIPTION = "Choose the kind of files, where they are, and a name for the new dataset.";
	static final String REPLACE = "&Replace the existing dataset";
	private static final String SOURCE_HINT = "A folder of *.csv or *.csv.gz files, one per table, or a zip file of them.";
	private static final String NAME_HINT = "A letter, then letters, digits or _ (at most 64 characters).";
	private static final String FORMAT_SETTING = "format";
	private static final String FOLDER_SETTING = "folder";

	private final List<Connector> connectors;
	private final IDialogSettings settings;
	private Combo format;
	private Text source;
	private Text name;
	private Button replace;
	private boolean suggesting;
	private boolean nameTyped;
	private Optional<Set<String>> namesInUse = Optional.empty();

	ImportWizardPage(List<Connector> connectors, IDialogSettings settings) {
		super("source", TITLE, ResourceLocator
				.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/wizban/importdir_wiz.png").orElse(null));
		this.connectors = List.copyOf(connectors);
		this.settings = settings;
		setDescription(DESCRIPTION);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(page);

		label(page, "&Format:");
		format = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		connectors.forEach(connector -> format.add(connector.displayName()));
		format.select(Math.max(0, indexOf(settings.get(FORMAT_SETTING))));
		format.addListener(SWT.Selection, event -> validate());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(format);

		label(page, "&Source:");
		source = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(source);
		source.addListener(SWT.Modify, event -> sourceChanged());
		button(page, "F&older\u2026").addListener(SWT.Selection, event -> chooseFolder());
		button(page, "&Zip File\u2026").addListener(SWT.Selection, event -> chooseZip());
		hint(page, SOURCE_HINT);

		label(page, "Dataset &name:");
		name = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(name);
		name.addListener(SWT.Modify, event -> {
			if (!suggesting) {
				nameTyped = !name.getText().isEmpty();
			}
			validate();
		});
		hint(page, NAME_HINT);
		new Label(page, SWT.NONE);
		replace = new Button(page, SWT.CHECK);
		replace.setText(REPLACE);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(replace);
		replace.addListener(SWT.Selection, event -> validate());

		setControl(page);
		validate();
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			source.setFocus();
		}
	}

	/** The names of the datasets in the workspace, once known. */
	void namesInUse(Set<String> names) {
		namesInUse = Optional.of(Set.copyOf(names));
		if (getControl() != null && !getControl().isDisposed()) {
			validate();
		}
	}

	/** What to import, when the page is complete. */
	Optional<ImportRequest> request() {
		if (!isPageComplete()) {
			return Optional.empty();
		}
		return Optional.of(new ImportRequest(connectors.get(format.getSelectionIndex()),
				sourcePath().orElseThrow().toAbsolutePath(), DatasetName.of(name.getText()),
				replace.isEnabled() && replace.getSelection()));
	}

	/** Keeps the kind of files and the folder for the next time. */
	void remember(ImportRequest request) {
		settings.put(FORMAT_SETTING, request.connector().id());
		Optional.ofNullable(request.source().getParent())
				.ifPresent(folder -> settings.put(FOLDER_SETTING, folder.toString()));
	}

	private void sourceChanged() {
		if (!nameTyped) {
			suggesting = true;
			try {
				name.setText(sourcePath().map(SuggestedName::forSource).orElse(""));
			} finally {
				suggesting = false;
			}
		}
		validate();
	}

	private void validate() {
		Optional<String> existing = existingName();
		replace.setEnabled(existing.isPresent());
		if (existing.isEmpty()) {
			replace.setSelection(false);
		}
		Verdict verdict = verdict(existing);
		setErrorMessage(verdict.type() == IMessageProvider.ERROR ? verdict.message() : null);
		setMessage(verdict.type() == IMessageProvider.ERROR ? DESCRIPTION : verdict.message(),
				verdict.type() == IMessageProvider.ERROR ? IMessageProvider.NONE : verdict.type());
		setPageComplete(verdict.complete());
	}

	private Verdict verdict(Optional<String> existing) {
		if (connectors.isEmpty()) {
			return Verdict.error("No connector is installed: Chartroom cannot read any kind of source files.");
		}
		String path = source.getText().strip();
		if (path.isEmpty()) {
			return Verdict.prompt("Choose the folder that holds the CSV files, or a zip file of them.");
		}
		Optional<Path> file = sourcePath();
		if (file.isEmpty()) {
			return Verdict.error("'" + path + "' is not a valid path.");
		}
		if (!Files.exists(file.get())) {
			return Verdict.error("No such folder or file: " + path);
		}
		if (!Files.isDirectory(file.get()) && !isZip(file.get())) {
			return Verdict.error(path + " is neither a folder nor a zip file.");
		}
		if (name.getText().isEmpty()) {
			return Verdict.prompt("Name the new dataset.");
		}
		try {
			DatasetName.of(name.getText());
		} catch (IllegalArgumentException e) {
			return Verdict.error(e.getMessage());
		}
		if (namesInUse.isEmpty()) {
			return Verdict.prompt("Checking the names in use\u2026");
		}
		if (existing.isPresent() && !replace.getSelection()) {
			return Verdict.error("A dataset named '" + existing.get() + "' already exists. Tick \u201CReplace the "
					+ "existing dataset\u201D to replace it when the import completes, or choose another name.");
		}
		if (existing.isPresent()) {
			return new Verdict("The dataset '" + existing.get() + "' will be replaced when the import completes.",
					IMessageProvider.WARNING, true);
		}
		return new Verdict(DESCRIPTION, IMessageProvider.NONE, true);
	}

	private static boolean isZip(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private Optional<String> existingName() {
		String typed = name.getText();
		return namesInUse.flatMap(names -> names.stream().filter(taken -> taken.equalsIgnoreCase(typed)).findFirst());
	}

	private Optional<Path> sourcePath() {
		String path = source.getText().strip();
		if (path.isEmpty()) {
			return Optional.empty();
		}
		if (path.equals("~") || path.startsWith("~/")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		try {
			return Optional.of(Path.of(path));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
		dialog.setText("Folder of CSV Files");
		dialog.setMessage("Choose the folder that holds the CSV files (*.csv or *.csv.gz).");
		dialog.setFilterPath(startFolder());
		Optional.ofNullable(dialog.open()).ifPresent(source::setText);
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Zip File of CSV Files");
		dialog.setFilterExtensions(new String[] { "*.zip;*.ZIP", "*" });
		dialog.setFilterNames(new String[] { "Zip files (*.zip)", "All files" });
		dialog.setFilterPath(startFolder());
		Optional.ofNullable(dialog.open()).ifPresent(source::setText);
	}

	/** Where a chooser opens: beside the current source, else where the last one was, else home. */
	private String startFolder() {
		return sourcePath().filter(Files::exists)
				.map(path -> Files.isDirectory(path) ? path : path.getParent())
				.map(Path::toString)
				.or(() -> Optional.ofNullable(settings.get(FOLDER_SETTING)))
				.orElse(System.getProperty("user.home"));
	}

	private int indexOf(String connectorId) {
		for (int i = 0; i < connectors.size(); i++) {
			if (connectors.get(i).id().equals(connectorId)) {
				return i;
			}
		}
		return -1;
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private static void hint(Composite parent, String text) {
		new Label(parent, SWT.NONE);
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(hint);
	}

	/** What the page says about the fields: a prompt, a warning or an error, and whether Finish may be pressed. */
	private record Verdict(String message, int type, boolean complete) {

		static Verdict prompt(String message) {
			return new Verdict(message, IMessageProvider.NONE, false);
		}

		static Verdict error(String message) {
			return new Verdict(message, IMessageProvider.ERROR, false);
		}
	}
}
