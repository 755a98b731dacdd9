package org.chartroom.ui.sql.results;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Control;

/** The italic variant of a control's font, made once per control and freed with it. */
final class ItalicFont {

	private static final String KEY = ItalicFont.class.getName();

	private ItalicFont() {
	}

	static Font of(Control control) {
		Object font = control.getData(KEY);
		if (font instanceof Font italic) {
			return italic;
		}
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), control);
		Font italic = resources.create(FontDescriptor.createFrom(control.getFont()).setStyle(SWT.ITALIC));
		control.setData(KEY, italic);
		return italic;
	}
}
