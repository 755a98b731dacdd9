package org.chartroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finds widgets and their texts by walking the widget tree, as a person would read the screen. */
final class Widgets {

	private Widgets() {
	}

	static Optional<Shell> shell(String title) {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> !shell.isDisposed() && title.equals(shell.getText()))
				.findFirst();
	}

	static Stream<Control> tree(Control root) {
		if (root instanceof Composite composite) {
			return Stream.concat(Stream.of(root), Arrays.stream(composite.getChildren()).flatMap(Widgets::tree));
		}
		return Stream.of(root);
	}

	/** A control that is showing (visible up to its shell) and whose own text contains {@code text}. */
	static Optional<Control> showing(Control root, String text) {
		return tree(root).filter(control -> ownText(control).contains(text)).filter(Control::isVisible).findFirst();
	}

	/** All the texts under {@code root}: labels, links, text fields, table cells and tree rows. */
	static String texts(Control root) {
		List<String> texts = new ArrayList<>();
		tree(root).forEach(control -> texts.add(ownText(control)));
		return String.join("\n", texts);
	}

	/** The tool tips of the visible tool items under {@code root}. */
	static List<String> toolTips(Control root) {
		return tree(root).filter(ToolBar.class::isInstance)
				.map(ToolBar.class::cast)
				.filter(ToolBar::isVisible)
				.flatMap(toolBar -> Arrays.stream(toolBar.getItems()))
				.map(ToolItem::getToolTipText)
				.filter(tip -> tip != null)
				.toList();
	}

	/** The control right after the label {@code label} (mnemonics ignored): the field it names. */
	static <T extends Control> T field(Control root, String label, Class<T> type) {
		Optional<T> field = tree(root).filter(Label.class::isInstance)
				.filter(candidate -> label.equals(plain(((Label) candidate).getText())))
				.findFirst()
				.map(found -> {
					List<Control> siblings = List.of(found.getParent().getChildren());
					return siblings.get(siblings.indexOf(found) + 1);
				})
				.filter(type::isInstance)
				.map(type::cast);
		assertTrue(field.isPresent(), () -> "no " + type.getSimpleName() + " labelled " + label);
		return field.get();
	}

	/** The button with that text (mnemonics ignored). */
	static Button button(Control root, String text) {
		Optional<Button> button = tree(root).filter(Button.class::isInstance)
				.map(Button.class::cast)
				.filter(candidate -> text.equals(plain(candidate.getText())))
				.findFirst();
		assertTrue(button.isPresent(), () -> "no button " + text);
		return button.get();
	}

	/** The link whose text, without its markup, is {@code text}. */
	static Link link(Control root, String text) {
		Optional<Link> link = tree(root).filter(Link.class::isInstance)
				.map(Link.class::cast)
				.filter(candidate -> text.equals(candidate.getText().replaceAll("</?a>", "")))
				.findFirst();
		assertTrue(link.isPresent(), () -> "no link " + text);
		return link.get();
	}

	/** A click as a person makes it: a check box changes state, and the widget is told. */
	static void click(Control control) {
		if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		control.notifyListeners(SWT.Selection, new Event());
	}

	/** The visible tree under {@code root} whose first column is titled {@code firstColumn}. */
	static Optional<Tree> treeTitled(Control root, String firstColumn) {
		return tree(root).filter(Tree.class::isInstance)
				.map(Tree.class::cast)
				.filter(Tree::isVisible)
				.filter(candidate -> candidate.getColumnCount() > 0
						&& firstColumn.equals(candidate.getColumn(0).getText()))
				.findFirst();
	}

	/** Without mnemonics and accelerator. */
	static String plain(String text) {
		return text.replace("&", "").replaceFirst("\t.*$", "").trim();
	}

	private static String ownText(Control control) {
		if (control instanceof Label label) {
			return label.getText();
		}
		if (control instanceof CLabel label) {
			return Objects.toString(label.getText(), "");
		}
		if (control instanceof Link link) {
			return link.getText().replaceAll("</?a>", "");
		}
		if (control instanceof Text text) {
			return text.getText();
		}
		if (control instanceof Combo combo) {
			return combo.getText();
		}
		if (control instanceof Table table) {
			List<String> cells = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
					cells.add(item.getText(column));
				}
			}
			return String.join("\t", cells);
		}
		if (control instanceof Tree tree) {
			List<String> rows = new ArrayList<>();
			Arrays.stream(tree.getItems()).forEach(item -> rows(item, tree.getColumnCount(), rows));
			return String.join("\n", rows);
		}
		return "";
	}

	private static void rows(TreeItem item, int columns, List<String> rows) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < Math.max(1, columns); column++) {
			cells.add(item.getText(column));
		}
		rows.add(String.join("\t", cells));
		if (item.getExpanded()) {
			Arrays.stream(item.getItems()).forEach(child -> rows(child, columns, rows));
		}
	}
}
