package org.chartroom.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.generate.DataGenerator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Asks how many made-up patients to generate, and with which seed, for the synthetic demo. */
public final class GenerateDemoDialog extends TitleAreaDialog {

	public static final String TITLE = "Generate a Synthetic Demo";
	static final int DEFAULT_PATIENTS = 100;
	static final int MAX_PATIENTS = 1_000_000;
	static final long DEFAULT_SEED = 1;
	private static final int WIDTH_IN_CHARS = 80;

	private final List<DataGenerator> generators;
	private final Path workspace;
	private Combo generator;
	private Spinner patients;
	private Text seed;
	private Label folder;
	private Optional<GenerateRequest> request = Optional.empty();

	/** @param workspace the workspace folder, under which the files go */
	public GenerateDemoDialog(Shell parent, List<DataGenerator> generators, Path workspace) {
		super(parent);
		this.generators = List.copyOf(generators);
		this.workspace = workspace;
	}

	/** What was asked for, once the dialog closed with Generate. */
	public Optional<GenerateRequest> request() {
		return request;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		setTitle("Try Chartroom on made-up patients");
		setMessage("Chartroom writes the files of synthetic patients and imports them as a dataset. "
				+ "No real person is in them, so no credentials are needed.");
		validate();
		return contents;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);

		label(fields, "&Kind:");
		generator = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		generators.forEach(candidate -> generator.add(candidate.displayName()));
		generator.select(0);
		generator.addListener(SWT.Selection, event -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(generator);

		label(fields, "&Patients:");
		patients = new Spinner(fields, SWT.BORDER);
		patients.setValues(DEFAULT_PATIENTS, 1, MAX_PATIENTS, 0, 10, 100);
		patients.addListener(SWT.Modify, event -> validate());

		label(fields, "&Seed:");
		seed = new Text(fields, SWT.BORDER | SWT.SINGLE);
		seed.setText(Long.toString(DEFAULT_SEED));
		seed.addListener(SWT.Modify, event -> validate());
		GridDataFactory.swtDefaults().hint(convertWidthInCharsToPixels(20), SWT.DEFAULT).applyTo(seed);

		new Label(fields, SWT.NONE);
		Label seedHint = new Label(fields, SWT.WRAP);
		seedHint.setText("The same seed and number of patients give the same data.");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(seedHint);

		label(fields, "Files go to:");
		folder = new Label(fields, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
		return area;
	}

	/** As wide as the fields need, not as the message or the folder: those wrap. */
	@Override
	protected Point getInitialSize() {
		int width = convertWidthInCharsToPixels(WIDTH_IN_CHARS);
		return new Point(width, getShell().computeSize(width, SWT.DEFAULT, true).y);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Generate", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		request = parsedSeed().map(value -> new GenerateRequest(generators.get(generator.getSelectionIndex()),
				patients.getSelection(), value));
		super.okPressed();
	}

	private void validate() {
		if (folder == null || seed == null) {
			return;
		}
		Optional<Long> value = parsedSeed();
		setErrorMessage(value.isPresent() ? null : "The seed is a whole number, e.g. 1.");
		value.ifPresent(parsed -> folder.setText(SyntheticDemo
				.folder(workspace, generators.get(generator.getSelectionIndex()).id(), patients.getSelection(), parsed)
				.toString()));
		Optional.ofNullable(getButton(IDialogConstants.OK_ID)).ifPresent(ok -> ok.setEnabled(value.isPresent()));
	}

	private Optional<Long> parsedSeed() {
		try {
			return Optional.of(Long.parseLong(seed.getText().strip()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}
}
