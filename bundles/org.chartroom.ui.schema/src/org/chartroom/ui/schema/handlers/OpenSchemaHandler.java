package org.chartroom.ui.schema.handlers;

import org.chartroom.ui.schema.SchemaParts;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Schema view on the dataset selected in the Datasets view. */
public final class OpenSchemaHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		DatasetSelection selected = SelectedDataset.in(window, event);
		try {
			SchemaParts.openSchema(window, selected);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Schema view", e);
		}
		return null;
	}
}
