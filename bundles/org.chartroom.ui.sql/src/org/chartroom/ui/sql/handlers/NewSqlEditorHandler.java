package org.chartroom.ui.sql.handlers;

import java.util.Optional;

import org.chartroom.ui.selection.DatasetSelection;
import org.chartroom.ui.sql.editor.SqlEditor;
import org.chartroom.ui.sql.editor.SqlEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File ▸ New SQL Editor, and Open SQL Editor on a dataset: a new script on the selected dataset. */
public final class NewSqlEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<String> dataset = DatasetSelection.from(HandlerUtil.getCurrentSelection(event))
				.or(() -> DatasetSelection.inWindow(window)).map(s -> s.dataset().name());
		try {
			window.getActivePage().openEditor(SqlEditorInput.untitled(dataset), SqlEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the SQL editor: " + e.getMessage(), e);
		}
		return null;
	}
}
