package org.chartroom.ui.sql.handlers;

import org.chartroom.ui.sql.editor.SqlEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Enter: the statement under the caret (or the selected text). */
public final class RunStatementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof SqlEditor editor) {
			editor.runStatement();
		}
		return null;
	}
}
