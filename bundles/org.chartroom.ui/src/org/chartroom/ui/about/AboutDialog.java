package org.chartroom.ui.about;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Help ▸ About Chartroom: the release, and the versions of what runs it. */
public final class AboutDialog extends TitleAreaDialog {

	public static final String TITLE = "About Chartroom";
	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int COLUMN_PADDING = 12;

	private final List<VersionLine> lines;

	public AboutDialog(Shell parent, List<VersionLine> lines) {
		super(parent);
		this.lines = List.copyOf(lines);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		setTitle(heading());
		setMessage("A workbench for health data warehouses.");
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), getShell());
		ResourceLocator.imageDescriptorFromBundle(AboutDialog.class, "icons/chartroom48.png")
				.map(resources::create)
				.ifPresent(this::setTitleImage);
		// Focus on Close: a focused table would show its first row as selected.
		getButton(IDialogConstants.OK_ID).setFocus();
		return contents;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(holder);
		TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(viewer, "Component", VersionLine::component);
		column(viewer, "Version", VersionLine::version);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(lines);
		// Columns as wide as what they show, so that no version or path is cut.
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + COLUMN_PADDING);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy Versions", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			copyVersions();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	private void copyVersions() {
		String text = lines.stream().map(line -> line.component() + ": " + line.version())
				.collect(Collectors.joining(System.lineSeparator(), heading() + System.lineSeparator(), ""));
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private static String heading() {
		return "Chartroom " + AboutVersions.release();
	}

	private static void column(TableViewer viewer, String title, Function<VersionLine, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((VersionLine) element);
			}
		});
	}
}
