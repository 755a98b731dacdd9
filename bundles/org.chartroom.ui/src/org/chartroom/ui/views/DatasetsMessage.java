package org.chartroom.ui.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Datasets view when there is no table to show: listing, empty workspace, or failure. */
final class DatasetsMessage {

	static final String LISTING = "Listing datasets\u2026";
	static final String EMPTY = "No datasets yet. Import one with:";
	static final String IMPORT_COMMAND = "./chartroom import --dataset NAME --source mimic3 PATH";
	static final String FAILED = "Cannot list the datasets:";

	private final Composite control;
	private final Label headline;
	private final Text detail;

	DatasetsMessage(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(0, 8).applyTo(control);
		headline = new Label(control, SWT.WRAP);
		headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
		// A read-only text rather than a label, so the command can be selected and copied.
		detail = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
	}

	Composite control() {
		return control;
	}

	void showListing() {
		show(LISTING, "");
	}

	void showEmpty() {
		show(EMPTY, IMPORT_COMMAND);
		detail.setFont(JFaceResources.getTextFont());
	}

	void showFailure(String reason) {
		show(FAILED, reason);
		detail.setFont(JFaceResources.getDefaultFont());
	}

	private void show(String headlineText, String detailText) {
		headline.setText(headlineText);
		detail.setText(detailText);
		detail.setVisible(!detailText.isEmpty());
		control.layout(true, true);
	}
}
