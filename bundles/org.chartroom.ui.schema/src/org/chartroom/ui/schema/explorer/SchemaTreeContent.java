package org.chartroom.ui.schema.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** The tree's rows: the input is the list of table rows. */
final class SchemaTreeContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> rows ? rows.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof SchemaRow row ? row.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof SchemaRow.TableRow || element instanceof SchemaRow.KeyGroupRow;
	}
}
