package org.chartroom.ui.sql.handlers;

import org.chartroom.ui.sql.editor.SqlEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Shift+Enter: every statement of the script, one after the other. */
public final class RunScriptHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof SqlEditor editor) {
			editor.runScript();
		}
		return null;
	}
}
