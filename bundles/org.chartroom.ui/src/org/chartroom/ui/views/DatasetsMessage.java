package org.chartroom.ui.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/**
 * The Datasets view when there is no tree to show: while listing, the welcome of an empty
 * workspace (import a dataset, or generate a synthetic demo when a generator is installed), or
 * why the datasets cannot be listed.
 */
final class DatasetsMessage {

	static final String LISTING = "Listing datasets\u2026";
	static final String EMPTY = "No datasets yet";
	static final String WELCOME = "Import the CSV files of a clinical database, such as the free MIMIC-III demo "
			+ "with its 100 patients, or try Chartroom on made-up patients.";
	static final String IMPORT_LINK = "<a>Import a dataset\u2026</a>";
	static final String GENERATE_LINK = "<a>Generate a synthetic demo\u2026</a>";
	static final String COMMAND_LINE = "Or from the command line:";
	static final String IMPORT_COMMAND = "./chartroom import --dataset NAME --source mimic3 PATH";
	static final String FAILED = "Cannot list the datasets:";

	private final Composite control;
	private final Label headline;
	private final Text detail;
	private final Composite welcome;
	private final Link generate;

	DatasetsMessage(Composite parent, Runnable importDataset, Runnable generateDemo) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(0, 8).applyTo(control);
		headline = new Label(control, SWT.WRAP);
		headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
		// A read-only text rather than a label, so that a reason can be selected and copied.
		detail = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);

		welcome = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(welcome);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(welcome);
		Label text = new Label(welcome, SWT.WRAP);
		text.setText(WELCOME);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		link(welcome, IMPORT_LINK, importDataset).setLayoutData(indented(8));
		generate = link(welcome, GENERATE_LINK, generateDemo);
		generate.setLayoutData(indented(0));
		Label commandLine = new Label(welcome, SWT.WRAP);
		commandLine.setText(COMMAND_LINE);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 10).applyTo(commandLine);
		Text command = new Text(welcome, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		command.setText(IMPORT_COMMAND);
		command.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(command);
		offerGenerator(false);
	}

	Composite control() {
		return control;
	}

	void showListing() {
		show(LISTING, "", false);
	}

	void showEmpty() {
		show(EMPTY, "", true);
	}

	void showFailure(String reason) {
		show(FAILED, reason, false);
	}

	/** Shows the generator's link only when a generator is installed. */
	void offerGenerator(boolean offered) {
		generate.setVisible(offered);
		((GridData) generate.getLayoutData()).exclude = !offered;
		control.layout(true, true);
	}

	private void show(String headlineText, String detailText, boolean welcoming) {
		headline.setText(headlineText);
		detail.setText(detailText);
		visible(detail, !detailText.isEmpty());
		visible(welcome, welcoming);
		control.layout(true, true);
	}

	private static void visible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	private static Link link(Composite parent, String text, Runnable action) {
		Link link = new Link(parent, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, event -> action.run());
		return link;
	}

	private static GridData indented(int top) {
		return GridDataFactory.fillDefaults().indent(0, top).create();
	}
}
