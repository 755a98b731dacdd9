package org.chartroom.ui.sql.handlers;

import java.util.Optional;

import org.chartroom.ui.sql.editor.SqlEditor;
import org.chartroom.ui.sql.editor.SqlEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens a new SQL editor on a dataset with a statement in it: other bundles' "Query this table" items
 * execute this command with its {@value #DATASET} and {@value #SQL} parameters. It does not run the
 * statement: the editor picks its dataset in the background, and Ctrl+Enter is one key away.
 */
public final class OpenSqlEditorHandler extends AbstractHandler {

	public static final String COMMAND = "org.chartroom.ui.sql.commands.openEditor";
	public static final String DATASET = COMMAND + ".dataset";
	public static final String SQL = COMMAND + ".sql";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<String> dataset = Optional.ofNullable(event.getParameter(DATASET));
		String sql = Optional.ofNullable(event.getParameter(SQL)).orElse("");
		try {
			IEditorPart part = window.getActivePage().openEditor(SqlEditorInput.untitled(dataset), SqlEditor.ID);
			if (part instanceof SqlEditor editor && !sql.isBlank()) {
				editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(sql);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the SQL editor: " + e.getMessage(), e);
		}
		return null;
	}
}
