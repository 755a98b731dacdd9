package org.chartroom.ui.concepts.pick;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptQuery;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses a concept with the concept browser's search ({@link ConceptIndex}: words of the label, or a
 * code or key, ranked by use), for the patient timeline or a cohort criterion. Only concepts the
 * dataset uses are offered.
 */
public final class ConceptPicker extends Dialog {

	private static final int SHOWN = 200;
	private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);

	private final ConceptIndex index;
	private final String title;
	private final String action;
	private Text search;
	private Table results;
	private Label status;
	private List<Concept> shown = List.of();
	private Optional<Concept> chosen = Optional.empty();

	/**
	 * @param title  the dialog's title, e.g. {@code Add a concept to the timeline}
	 * @param action the default button's text, e.g. {@code Add}
	 */
	public ConceptPicker(Shell parent, ConceptIndex index, String title, String action) {
		super(parent);
		this.index = index;
		this.title = title;
		this.action = action;
	}

	/** Opens the dialog; the concept chosen, or empty when cancelled. */
	public Optional<Concept> choose() {
		return open() == OK ? chosen : Optional.empty();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		search = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage("Search concepts by name or code, e.g. creatinine or 50912");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(e -> refresh());
		results = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		results.setHeaderVisible(true);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
		table.widthHint = 640;
		table.heightHint = 320;
		results.setLayoutData(table);
		column("Label", 300, SWT.LEFT);
		column("Code", 90, SWT.LEFT);
		column("Dictionary", 120, SWT.LEFT);
		column("Patients", 80, SWT.RIGHT);
		results.addListener(SWT.Selection, e -> selected());
		results.addListener(SWT.DefaultSelection, e -> {
			selected();
			if (chosen.isPresent()) {
				okPressed();
			}
		});
		status = new Label(area, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, action, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void column(String title, int width, int align) {
		TableColumn column = new TableColumn(results, align);
		column.setText(title);
		column.setWidth(width);
	}

	private void refresh() {
		// used concepts rank before unused ones, so the first SHOWN results of a search hold every used match there is room for
		shown = index.search(ConceptQuery.of(search.getText(), SHOWN)).concepts().stream().filter(Concept::used).toList();
		results.removeAll();
		for (Concept concept : shown) {
			TableItem item = new TableItem(results, SWT.NONE);
			item.setText(new String[] { concept.label().strip(), concept.code(), concept.dictionary(), COUNT.format(concept.patients()) });
		}
		status.setText(shown.isEmpty() ? "No concept of this dataset's data matches." : shown.size() + " concepts with data shown");
		if (!shown.isEmpty()) {
			results.setSelection(0);
		}
		selected();
	}

	private void selected() {
		int row = results.getSelectionIndex();
		chosen = row >= 0 && row < shown.size() ? Optional.of(shown.get(row)) : Optional.empty();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(chosen.isPresent());
		}
	}
}
