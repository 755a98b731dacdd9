package org.chartroom.ui.sql.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.WarehouseFactory;
import org.chartroom.sql.SqlScript;
import org.chartroom.sql.SqlStatement;
import org.chartroom.sql.TextPosition;
import org.chartroom.sql.completion.ConceptSource;
import org.chartroom.sql.completion.SqlCompleter;
import org.chartroom.sql.completion.WorkspaceConceptSource;
import org.chartroom.sql.result.QueryHistory;
import org.chartroom.sql.result.ResultCursor;
import org.chartroom.sql.result.ResultPage;
import org.chartroom.ui.sql.results.ExportFormat;
import org.chartroom.ui.sql.results.ExportJob;
import org.chartroom.ui.sql.results.QueryJob;
import org.chartroom.ui.sql.results.QueryListener;
import org.chartroom.ui.sql.results.ResultGrid;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;

/**
 * The SQL editor: a text editor (e3 text-editor framework) with the dataset it runs on above the
 * text and the result grid below. Parsing, completion and result paging are the headless
 * {@code org.chartroom.sql}; this class wires them to the widgets.
 */
public final class SqlEditor extends AbstractTextEditor {

	public static final String ID = "org.chartroom.ui.sql.editor";
	public static final String SCOPE = "org.chartroom.ui.sql.editorScope";

	private static final ResourceBundle NO_TEXTS = new ListResourceBundle() {
		@Override
		protected Object[][] getContents() {
			return new Object[0][];
		}
	};

	private Workspace workspace;
	private Optional<DatasetInfo> dataset = Optional.empty();
	private volatile SqlCompleter completer;
	private EditorBar bar;
	private ResultGrid grid;
	private Label status;
	private Job running;
	private Optional<DatasetChanges> datasetChanges = Optional.empty();

	public SqlEditor() {
		setDocumentProvider(new SqlDocumentProvider());
		setSourceViewerConfiguration(new SqlSourceViewerConfiguration(this::keywords, () -> completer));
		setKeyBindingScopes(new String[] { SCOPE });
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		workspace = site.getService(Workspace.class);
		if (workspace == null) {
			throw new PartInitException("No Chartroom workspace is open.");
		}
		completer = new SqlCompleter(WarehouseFactory.eINSTANCE.createDataset(), workspace.dialect(), ConceptSource.NONE);
	}

	private Set<String> keywords() {
		return workspace != null ? workspace.dialect().keywords() : SqlDialect.standardKeywords();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		bar = new EditorBar(root, new EditorBar.Actions() {
			@Override
			public void runStatement() {
				SqlEditor.this.runStatement();
			}

			@Override
			public void runScript() {
				SqlEditor.this.runScript();
			}

			@Override
			public void cancel() {
				cancelRun();
			}

			@Override
			public void showHistory(ToolItem anchor) {
				SqlEditor.this.showHistory(anchor);
			}

			@Override
			public void export() {
				SqlEditor.this.export();
			}
		}, this::useDataset);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite text = new Composite(sash, SWT.NONE);
		text.setLayout(new FillLayout());
		super.createPartControl(text);
		grid = new ResultGrid(sash, this::status);
		sash.setWeights(50, 50);
		status = new Label(root, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Ctrl+Enter runs the statement under the caret, Ctrl+Shift+Enter the script, Ctrl+Space completes.");
		loadDatasets(input().dataset());
		// The chooser follows imports and removals made while the editor is open; the choice stays while it exists.
		datasetChanges = Optional.ofNullable(getSite().getService(IEventBroker.class))
				.map(events -> new DatasetChanges(events, () -> loadDatasets(Optional.empty())));
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new TextOperationAction(NO_TEXTS, "ContentAssistProposal.", this, ISourceViewer.CONTENTASSIST_PROPOSALS);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
	}

	private SqlEditorInput input() {
		return getEditorInput() instanceof SqlEditorInput input ? input : SqlEditorInput.untitled(Optional.empty());
	}

	/** Lists the datasets in the background and selects the one the editor was opened on. */
	private void loadDatasets(Optional<String> chosen) {
		Job job = Job.create("Listing datasets", (IProgressMonitor monitor) -> {
			try {
				List<DatasetInfo> all = workspace.datasets();
				bar.combo().getDisplay().asyncExec(() -> {
					if (!bar.combo().isDisposed()) {
						bar.datasets(all, chosen.or(() -> dataset.map(DatasetInfo::name)));
						useDataset(bar.selected());
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Completion follows the dataset: its connector's model, its dictionaries. */
	private void useDataset(Optional<DatasetInfo> chosen) {
		dataset = chosen;
		completer = chosen.map(d -> new SqlCompleter(
				Connectors.byId(d.sourceKind()).map(c -> c.schemaOf(d)).orElseGet(WarehouseFactory.eINSTANCE::createDataset),
				workspace.dialect(), new WorkspaceConceptSource(workspace, d.name())))
				.orElseGet(() -> new SqlCompleter(WarehouseFactory.eINSTANCE.createDataset(), workspace.dialect(), ConceptSource.NONE));
	}

	/** The dataset the editor runs on, if one is chosen. */
	public Optional<String> dataset() {
		return dataset.map(DatasetInfo::name);
	}

	/** The names the dataset chooser offers, in its order. */
	public List<String> datasetChoices() {
		return List.of(bar.combo().getItems());
	}

	/** Chooses the dataset by name, once the list is there. */
	public void selectDataset(String name) {
		loadDatasets(Optional.of(name));
	}

	public ResultGrid grid() {
		return grid;
	}

	public String statusText() {
		return status.getText();
	}

	/** Runs the selected text, or else the statement under the caret. */
	public void runStatement() {
		String script = document();
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		List<SqlStatement> statements;
		if (selection.getLength() > 0) {
			statements = SqlScript.statements(selection.getText()).stream()
					.map(s -> new SqlStatement(selection.getOffset() + s.offset(), s.sql())).toList();
		} else {
			statements = SqlScript.statementAt(script, selection.getOffset()).map(List::of).orElse(List.of());
		}
		run(script, statements);
	}

	public void runScript() {
		String script = document();
		run(script, SqlScript.statements(script));
	}

	private String document() {
		return getDocumentProvider().getDocument(getEditorInput()).get();
	}

	private void run(String script, List<SqlStatement> statements) {
		if (dataset.isEmpty()) {
			status("Choose the dataset to run the SQL on, above the editor.");
			return;
		}
		if (statements.isEmpty()) {
			status("Nothing to run here: no statement at the caret.");
			return;
		}
		if (running != null) {
			status("A statement is still running; cancel it first.");
			return;
		}
		status("Running…");
		QueryJob job = new QueryJob(workspace, dataset.get().name(), script, statements, new QueryListener() {
			@Override
			public void rows(List<ResultColumn> columns, ResultPage first, ResultCursor cursor, String summary) {
				inUi(() -> {
					finished();
					grid.show(columns, first, cursor);
					status(summary);
				}, cursor);
			}

			@Override
			public void done(String summary) {
				inUi(() -> {
					finished();
					grid.clear();
					status(summary);
				}, null);
			}

			@Override
			public void failed(String message, Optional<TextPosition> position) {
				inUi(() -> {
					finished();
					status(position.map(p -> "Line " + p.line() + ", column " + p.column() + ": ").orElse("") + message);
					position.ifPresent(p -> selectAndReveal(p.offset(), 0));
				}, null);
			}

			@Override
			public void cancelled() {
				inUi(() -> {
					finished();
					status("Cancelled.");
				}, null);
			}
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				inUi(() -> {
					if (running == job) {
						finished();
					}
				}, null);
			}
		});
		running = job;
		bar.running(true);
		job.schedule();
	}

	/** The run has delivered its result: the editor may run the next statement. */
	private void finished() {
		running = null;
		bar.running(false);
	}

	/** Runs on the UI thread; when the editor is gone by then, closes what would have been shown. */
	private void inUi(Runnable action, ResultCursor orphan) {
		if (status == null || status.isDisposed()) {
			if (orphan != null) {
				orphan.close();
			}
			return;
		}
		status.getDisplay().asyncExec(() -> {
			if (status.isDisposed()) {
				if (orphan != null) {
					orphan.close();
				}
			} else {
				action.run();
			}
		});
	}

	private void cancelRun() {
		Job job = running;
		if (job != null) {
			job.cancel();
		}
	}

	private void status(String text) {
		if (status != null && !status.isDisposed()) {
			status.setText(text);
			status.setToolTipText(text);
		}
	}

	private void showHistory(ToolItem anchor) {
		if (dataset.isEmpty()) {
			status("Choose a dataset to see the statements run on it.");
			return;
		}
		List<QueryHistory.Entry> entries;
		try {
			entries = new QueryHistory(workspace.directory()).entries(dataset.get().name());
		} catch (IOException e) {
			status("Cannot read the query history: " + e.getMessage());
			return;
		}
		Menu menu = new Menu(anchor.getParent().getShell(), SWT.POP_UP);
		if (entries.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText("No statements run on " + dataset.get().name() + " yet");
			none.setEnabled(false);
		}
		for (QueryHistory.Entry entry : entries.subList(0, Math.min(30, entries.size()))) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			String oneLine = entry.sql().replaceAll("\\s+", " ");
			item.setText(oneLine.length() > 90 ? oneLine.substring(0, 89) + "…" : oneLine);
			item.addListener(SWT.Selection, event -> insertAtEnd(entry.sql()));
		}
		Rectangle bounds = anchor.getBounds();
		Point below = anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
		menu.setLocation(below);
		menu.setVisible(true);
	}

	private void insertAtEnd(String sql) {
		var document = getDocumentProvider().getDocument(getEditorInput());
		String text = document.get();
		String separator = text.isBlank() ? "" : (text.endsWith("\n") ? "\n" : "\n\n");
		String added = separator + sql + ";\n";
		document.set(text + added);
		selectAndReveal(text.length() + separator.length(), sql.length());
	}

	private void export() {
		if (dataset.isEmpty()) {
			status("Choose the dataset to export from.");
			return;
		}
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		Optional<SqlStatement> statement = SqlScript.statementAt(document(), selection.getOffset());
		if (statement.isEmpty()) {
			status("Put the caret in the statement whose result to export.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export the Full Result");
		ExportFormat[] formats = ExportFormat.values();
		dialog.setFilterExtensions(Arrays.stream(formats).map(ExportFormat::filter).toArray(String[]::new));
		dialog.setFilterNames(Arrays.stream(formats).map(ExportFormat::filterName).toArray(String[]::new));
		dialog.setFileName("result.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		// The extension typed decides; without one, the filter chosen in the dialog.
		ExportFormat picked = formats[Math.max(0, dialog.getFilterIndex())];
		Path typed = Path.of(chosen);
		ExportFormat format = ExportFormat.of(typed).orElse(picked);
		Path file = ExportFormat.of(typed).isPresent() ? typed : typed.resolveSibling(typed.getFileName() + "." + format.extension());
		new ExportJob(workspace, dataset.get().name(), statement.get().sql(), file, format).schedule();
		status("Exporting to " + file + " (progress in the Progress view)");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (input().file().isEmpty()) {
			performSaveAs(monitor);
		} else {
			super.doSave(monitor);
		}
	}

	@Override
	protected void performSaveAs(IProgressMonitor monitor) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save SQL As");
		dialog.setFilterExtensions(new String[] { "*.sql", "*.*" });
		dialog.setOverwrite(true);
		input().file().ifPresent(f -> dialog.setFileName(f.toString()));
		String chosen = dialog.open();
		if (chosen == null) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		Path file = Path.of(chosen.endsWith(".sql") || chosen.contains(".") ? chosen : chosen + ".sql");
		try {
			SqlDocumentProvider.write(file, document());
			setInputWithNotify(SqlEditorInput.of(file, dataset()));
		} catch (CoreException e) {
			MessageDialog.openError(getSite().getShell(), "Save SQL As", e.getMessage());
		}
	}

	@Override
	public void dispose() {
		cancelRun();
		datasetChanges.ifPresent(DatasetChanges::close);
		super.dispose();
	}
}
