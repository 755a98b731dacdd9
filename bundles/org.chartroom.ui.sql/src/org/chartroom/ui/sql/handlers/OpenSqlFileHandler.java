package org.chartroom.ui.sql.handlers;

import java.nio.file.Path;
import java.util.Optional;

import org.chartroom.ui.selection.DatasetSelection;
import org.chartroom.ui.sql.editor.SqlEditor;
import org.chartroom.ui.sql.editor.SqlEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File ▸ Open SQL File…: a {@code .sql} file in the SQL editor. */
public final class OpenSqlFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open SQL File");
		dialog.setFilterExtensions(new String[] { "*.sql", "*.*" });
		String file = dialog.open();
		if (file == null) {
			return null;
		}
		Optional<String> dataset = DatasetSelection.inWindow(window).map(s -> s.dataset().name());
		try {
			window.getActivePage().openEditor(SqlEditorInput.of(Path.of(file), dataset), SqlEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open " + file + ": " + e.getMessage(), e);
		}
		return null;
	}
}
