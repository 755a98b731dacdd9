package org.chartroom.ui.report;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Shows a rendered HTML report in an SWT Browser. Without WebKitGTK (libwebkit2gtk-4.1) there is no
 * browser widget: a message says so, and the report opens in the system's browser instead.
 */
final class ReportPreview {

	private final Composite area;
	private final Browser browser;
	private final Label message;
	private Path shown;

	ReportPreview(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		message = new Label(area, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Browser created;
		try {
			created = new Browser(area, SWT.NONE);
			created.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		} catch (SWTError e) {
			created = null;
			message.setText("This system has no web browser widget for SWT (install libwebkit2gtk-4.1-0): "
					+ "reports open in your system's browser instead.");
			Button open = new Button(area, SWT.PUSH);
			open.setText("Open in system browser");
			open.addListener(SWT.Selection, e2 -> {
				if (shown != null) {
					Program.launch(shown.toString());
				}
			});
		}
		browser = created;
	}

	Control control() {
		return area;
	}

	/** A line above the report: what runs, or what went wrong. */
	void say(String text) {
		if (browser != null) {
			message.setText(text);
			area.layout(true, true);
		}
	}

	void show(Path html) {
		shown = html;
		if (browser != null) {
			browser.setUrl(html.toUri().toString());
		} else {
			Program.launch(html.toString());
		}
	}
}
