package org.chartroom.ui.sql.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.core.store.DatasetInfo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The strip above the SQL: the dataset the statements run on, and the buttons that run them. */
final class EditorBar {

	/** What the buttons do. */
	interface Actions {
		void runStatement();

		void runScript();

		void cancel();

		void showHistory(ToolItem anchor);

		void export();
	}

	private final Combo datasets;
	private final ToolItem cancel;
	private final ToolItem export;
	private List<DatasetInfo> known = List.of();

	EditorBar(Composite parent, Actions actions, Consumer<Optional<DatasetInfo>> datasetChosen) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		new Label(bar, SWT.NONE).setText("Dataset:");
		datasets = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		datasets.setLayoutData(new GridData(180, SWT.DEFAULT));
		datasets.setToolTipText("The dataset the statements run on; unqualified table names resolve in it");
		datasets.addListener(SWT.Selection, event -> datasetChosen.accept(selected()));
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		item(tools, "Run", "Run the statement under the caret (Ctrl+Enter)", actions::runStatement);
		item(tools, "Run Script", "Run every statement, one after the other (Ctrl+Shift+Enter)", actions::runScript);
		cancel = item(tools, "Cancel", "Stop the running statement", actions::cancel);
		cancel.setEnabled(false);
		ToolItem history = new ToolItem(tools, SWT.DROP_DOWN);
		history.setText("History");
		history.setToolTipText("Statements run on this dataset, newest first");
		history.addListener(SWT.Selection, event -> actions.showHistory(history));
		export = item(tools, "Export…",
				"Run the statement under the caret again and write every row to a CSV file or an Excel workbook (.xlsx)",
				actions::export);
	}

	private static ToolItem item(ToolBar tools, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, event -> action.run());
		return item;
	}

	/** Lists the datasets and selects the one named, if it is among them. */
	void datasets(List<DatasetInfo> all, Optional<String> chosen) {
		known = all;
		datasets.setItems(all.stream().map(DatasetInfo::name).toArray(String[]::new));
		chosen.ifPresent(name -> {
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).name().equalsIgnoreCase(name)) {
					datasets.select(i);
				}
			}
		});
		if (datasets.getSelectionIndex() < 0 && all.size() == 1) {
			datasets.select(0);
		}
	}

	Optional<DatasetInfo> selected() {
		int index = datasets.getSelectionIndex();
		return index >= 0 && index < known.size() ? Optional.of(known.get(index)) : Optional.empty();
	}

	void running(boolean running) {
		if (!cancel.isDisposed()) {
			cancel.setEnabled(running);
			export.setEnabled(!running);
		}
	}

	Combo combo() {
		return datasets;
	}
}
