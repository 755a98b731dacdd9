package org.chartroom.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

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

	/** All the texts under {@code root}: labels, text fields and table cells. */
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

	private static String ownText(Control control) {
		if (control instanceof Label label) {
			return label.getText();
		}
		if (control instanceof CLabel label) {
			return Objects.toString(label.getText(), "");
		}
		if (control instanceof Text text) {
			return text.getText();
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
		return "";
	}
}
