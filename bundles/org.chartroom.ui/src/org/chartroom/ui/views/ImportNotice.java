package org.chartroom.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/**
 * A message area above the tree that reports the last import once: its summary and its warnings
 * (absent optional tables, skipped files), until the person dismisses it or imports again.
 */
final class ImportNotice {

	static final String DISMISS = "<a>Dismiss</a>";
	private static final int WARNING_LINES = 4;

	private final Composite control;
	private final Label icon;
	private final Label summary;
	private final Label warningCount;
	private final Text warnings;

	ImportNotice(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 6).applyTo(control);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
		icon = new Label(control, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(icon);
		summary = new Label(control, SWT.WRAP);
		summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);
		Link dismiss = new Link(control, SWT.NONE);
		dismiss.setText(DISMISS);
		dismiss.addListener(SWT.Selection, event -> hide());
		warningCount = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(warningCount);
		// One warning a line, unwrapped: each starts with what it is about (a table, a file).
		warnings = new Text(control, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1)
				.hint(100, warnings.getLineHeight() * WARNING_LINES).applyTo(warnings);
		hide();
	}

	void show(DatasetImported imported) {
		List<String> lines = imported.warnings();
		icon.setImage(symbol(lines.isEmpty() ? Dialog.DLG_IMG_MESSAGE_INFO : Dialog.DLG_IMG_MESSAGE_WARNING));
		summary.setText(imported.summary());
		warningCount.setText(switch (lines.size()) {
		case 0 -> "";
		case 1 -> "1 warning:";
		default -> lines.size() + " warnings:";
		});
		warnings.setText(String.join("\n", lines));
		visible(warningCount, !lines.isEmpty());
		visible(warnings, !lines.isEmpty());
		visible(control, true);
		control.getParent().layout(true, true);
	}

	private void hide() {
		visible(control, false);
		control.getParent().layout(true, true);
	}

	private static Image symbol(String key) {
		return JFaceResources.getImage(key);
	}

	private static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}
}
