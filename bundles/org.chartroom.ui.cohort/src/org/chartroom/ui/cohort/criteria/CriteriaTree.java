package org.chartroom.ui.cohort.criteria;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.sql.CriterionLabels;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The cohort's criteria as a tree (groups hold criteria), each with what is wrong with it, if anything;
 * buttons add a criterion of any kind (into the selected group, else at the top level), remove one and
 * move it. Top-level criteria are the attrition's steps, in order.
 */
public final class CriteriaTree {

	private final Composite area;
	private final TreeViewer viewer;
	private final Menu addMenu;
	private final Button remove;
	private final Button up;
	private final Button down;
	private Cohort cohort;
	private Optional<Criterion> faulty = Optional.empty();
	private String problem = "";

	public CriteriaTree(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("Add Criterion ▾");
		addMenu = new Menu(add);
		add.setMenu(addMenu);
		add.addListener(SWT.Selection, e -> {
			addMenu.setLocation(add.toDisplay(0, add.getSize().y));
			addMenu.setVisible(true);
		});
		remove = button(buttons, "Remove", this::removeSelected);
		up = button(buttons, "Move Up", () -> moveSelected(-1));
		down = button(buttons, "Move Down", () -> moveSelected(1));
		viewer = new TreeViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		column("Criterion", 300, element -> CriterionLabels.of((Criterion) element), null);
		column("Problem", 260, element -> faulty.filter(c -> c == element).map(c -> problem).orElse(""),
				area.getDisplay().getSystemColor(SWT.COLOR_RED));
		viewer.setContentProvider(new Content());
		viewer.addSelectionChangedListener(e -> enableButtons());
		enableButtons();
	}

	public Control control() {
		return area;
	}

	/** The Add Criterion menu (tests drive it). */
	public Menu addMenu() {
		return addMenu;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Shows a cohort's criteria; the Add Criterion menu offers the kinds given. */
	public void show(Cohort shown, List<CriterionKind> kinds) {
		cohort = shown;
		for (MenuItem item : addMenu.getItems()) {
			item.dispose();
		}
		for (CriterionKind kind : kinds) {
			if (kind == CriterionKind.AND) {
				new MenuItem(addMenu, SWT.SEPARATOR);
			}
			MenuItem item = new MenuItem(addMenu, SWT.PUSH);
			item.setText(kind.label());
			item.setData(kind);
			item.addListener(SWT.Selection, e -> add(kind));
		}
		viewer.setInput(cohort);
		viewer.expandAll();
	}

	/** Shows the criteria again, after a change. */
	public void refresh() {
		viewer.refresh(true);
		viewer.expandAll();
		enableButtons();
	}

	/** Marks the criterion the compiler found fault with (empty: none is faulty). */
	public void problem(Optional<Criterion> criterion, String message) {
		faulty = criterion;
		problem = message;
		viewer.refresh(true);
	}

	public Optional<Criterion> selected() {
		return Optional.ofNullable((Criterion) viewer.getStructuredSelection().getFirstElement());
	}

	public void onSelection(Consumer<Optional<Criterion>> consumer) {
		viewer.addSelectionChangedListener(e -> consumer.accept(selected()));
	}

	public void select(Criterion criterion) {
		viewer.expandAll();
		viewer.setSelection(new StructuredSelection(criterion), true);
	}

	private Criterion add(CriterionKind kind) {
		Criterion criterion = kind.create();
		Optional<Criterion> chosen = selected();
		if (chosen.isPresent() && chosen.get() instanceof Group group) {
			group.getCriteria().add(criterion);
		} else {
			siblings(chosen).add(criterion);
		}
		refresh();
		select(criterion);
		return criterion;
	}

	private EList<Criterion> siblings(Optional<Criterion> criterion) {
		EObject container = criterion.map(EObject::eContainer).orElse(cohort);
		return container instanceof Group group ? group.getCriteria() : ((Cohort) container).getCriteria();
	}

	private void removeSelected() {
		selected().ifPresent(criterion -> {
			siblings(Optional.of(criterion)).remove(criterion);
			refresh();
		});
	}

	private void moveSelected(int by) {
		selected().ifPresent(criterion -> {
			EList<Criterion> siblings = siblings(Optional.of(criterion));
			int to = siblings.indexOf(criterion) + by;
			if (to >= 0 && to < siblings.size()) {
				siblings.move(to, criterion);
				refresh();
				select(criterion);
			}
		});
	}

	private void enableButtons() {
		boolean any = selected().isPresent();
		remove.setEnabled(any);
		up.setEnabled(any);
		down.setEnabled(any);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text, Color colour) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getForeground(Object element) {
				return colour;
			}
		});
	}

	/** The cohort's criteria at the top, each group's below it. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((Cohort) input).getCriteria().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group group ? group.getCriteria().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Criterion criterion && criterion.eContainer() instanceof Group group ? group : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group group && !group.getCriteria().isEmpty();
		}
	}
}
