package org.chartroom.ui.views;

import org.chartroom.core.store.Workspace;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The datasets of the open workspace: a table, or a message saying how to import one. The
 * store is asked in a {@link ListDatasetsJob}, never on the UI thread.
 */
public final class DatasetsView {

	public static final String ID = "org.chartroom.ui.views.datasets";

	@Inject
	private Workspace workspace;

	private Composite pages;
	private StackLayout stack;
	private DatasetsMessage message;
	private DatasetsTable table;

	@PostConstruct
	void create(Composite parent, MPart part, EModelService models) {
		PartToolBar.ensure(part, models);
		parent.setLayout(new FillLayout());
		pages = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		pages.setLayout(stack);
		message = new DatasetsMessage(pages);
		table = new DatasetsTable(pages);
		message.showListing();
		show(message.control());
		refresh();
	}

	@Inject
	@Optional
	void refreshRequested(@UIEventTopic(DatasetsTopics.REFRESH) Object request) {
		if (pages != null && !pages.isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		stack.topControl.setFocus();
	}

	private void refresh() {
		Display display = pages.getDisplay();
		new ListDatasetsJob(workspace, listing -> display.asyncExec(() -> {
			if (!pages.isDisposed()) {
				present(listing);
			}
		})).schedule();
	}

	private void present(DatasetListing listing) {
		switch (listing) {
		case DatasetListing.Listed listed when listed.datasets().isEmpty() -> {
			message.showEmpty();
			show(message.control());
		}
		case DatasetListing.Listed listed -> {
			table.show(listed.datasets());
			show(table.control());
		}
		case DatasetListing.Failed failed -> {
			message.showFailure(failed.message());
			show(message.control());
		}
		}
	}

	private void show(Composite page) {
		stack.topControl = page;
		pages.layout(true, true);
	}
}
