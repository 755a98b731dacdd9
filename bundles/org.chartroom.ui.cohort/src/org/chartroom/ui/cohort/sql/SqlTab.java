package org.chartroom.ui.cohort.sql;

import java.util.Map;
import java.util.Optional;

import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.cohort.sql.SqlPart;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The "SQL" tab: the SQL of the cohort's entries as Chartroom compiled it, with its parameters written
 * in as literals to read or copy, and a button that opens it in the SQL editor on the same dataset.
 */
public final class SqlTab {

	/** The SQL editor's command (org.chartroom.ui.sql) and its parameters; found by id, so that bundle is optional. */
	static final String OPEN_SQL_EDITOR = "org.chartroom.ui.sql.commands.openEditor";

	private final Composite area;
	private final Text sql;
	private final Label note;
	private final Button copy;
	private final Button open;
	private final IWorkbenchWindow window;
	private String dataset = "";

	public SqlTab(Composite parent, IWorkbenchWindow window) {
		this.window = window;
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		note = new Label(area, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		copy = button("Copy", this::copy);
		open = button("Open in SQL Editor", this::openInEditor);
		open.setEnabled(false);
		sql = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		sql.setFont(JFaceResources.getTextFont());
		sql.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		show(Optional.empty(), "", "No SQL yet.");
	}

	public Control control() {
		return area;
	}

	/** Shows the compiled cohort's SQL, or why there is none (the cohort is not valid). */
	public void show(Optional<CompiledCohort> compiled, String datasetName, String problem) {
		dataset = datasetName;
		if (compiled.isEmpty()) {
			sql.setText("-- " + problem);
			note.setText("The cohort has no SQL until it is valid.");
		} else {
			SqlPart entries = compiled.get().entries();
			sql.setText("-- The entries of the cohort on dataset " + datasetName + ". Chartroom binds the values as parameters;\n"
					+ "-- here they are written in as literals, to read and to run in the SQL editor.\n"
					+ SqlLiterals.comment(entries.parameters()) + SqlLiterals.inline(entries));
			note.setText("Columns: " + String.join(", ", CompiledCohort.COLUMNS) + ".");
		}
		copy.setEnabled(compiled.isPresent());
		open.setEnabled(compiled.isPresent() && command().isPresent());
		area.layout(true, true);
	}

	/** The text shown (for tests and Copy). */
	public String text() {
		return sql.getText();
	}

	private Button button(String text, Runnable action) {
		Button button = new Button(area, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void copy() {
		Clipboard clipboard = new Clipboard(area.getDisplay());
		try {
			clipboard.setContents(new Object[] { sql.getText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private Optional<org.eclipse.core.commands.Command> command() {
		ICommandService commands = window.getService(ICommandService.class);
		org.eclipse.core.commands.Command command = commands == null ? null : commands.getCommand(OPEN_SQL_EDITOR);
		return command != null && command.isDefined() ? Optional.of(command) : Optional.empty();
	}

	private void openInEditor() {
		command().ifPresent(command -> {
			try {
				ParameterizedCommand run = ParameterizedCommand.generateCommand(command,
						Map.of(OPEN_SQL_EDITOR + ".dataset", dataset, OPEN_SQL_EDITOR + ".sql", sql.getText()));
				window.getService(IHandlerService.class).executeCommand(run, null);
			} catch (CommandException e) {
				MessageDialog.openError(area.getShell(), "Open in SQL Editor", "Cannot open the SQL editor: " + e.getMessage());
			}
		});
	}
}
