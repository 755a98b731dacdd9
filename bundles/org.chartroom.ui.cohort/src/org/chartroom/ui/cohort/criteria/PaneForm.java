package org.chartroom.ui.cohort.criteria;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rows of a criterion's pane: a label and a plain widget each, writing into the criterion as the
 * person types. Whole numbers are checked here (the model holds them as numbers); decimal text goes
 * into the model as typed and the compiler checks it, so its message shows next to the criterion.
 */
final class PaneForm {

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

	private final Composite area;
	private final Label problem;

	PaneForm(Composite parent, String title) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		Label heading = new Label(area, SWT.NONE);
		heading.setText(title);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	Composite area() {
		return area;
	}

	/** A text field; {@code changed} gets the text (null when blank). */
	Text text(String label, String value, String hint, Consumer<String> changed) {
		label(label);
		Text text = new Text(area, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(value == null ? "" : value);
		text.setMessage(hint);
		text.setData("field", label);
		text.addModifyListener(e -> changed.accept(text.getText().isBlank() ? null : text.getText().strip()));
		return text;
	}

	/** A whole-number field; {@code changed} gets the number (null when blank), never text that is no whole number. */
	Text whole(String label, Integer value, String hint, Consumer<Integer> changed) {
		return text(label, value == null ? null : value.toString(), hint, typed -> {
			if (typed == null) {
				say("");
				changed.accept(null);
			} else if (WHOLE.matcher(typed).matches()) {
				say("");
				changed.accept(Integer.valueOf(typed));
			} else {
				say(label + ": '" + typed + "' is not a whole number; the count keeps the last one.");
			}
		});
	}

	Button check(String label, boolean value, Consumer<Boolean> changed) {
		new Label(area, SWT.NONE);
		Button check = new Button(area, SWT.CHECK);
		check.setText(label);
		check.setSelection(value);
		check.addListener(SWT.Selection, e -> changed.accept(check.getSelection()));
		return check;
	}

	Label label(String text) {
		Label label = new Label(area, SWT.NONE);
		label.setText(text + ":");
		return label;
	}

	/** A line of explanation across the pane. */
	void note(String text) {
		Label note = new Label(area, SWT.WRAP);
		note.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 300;
		note.setLayoutData(data);
	}

	/** Shows a problem of this pane's input (empty: none). */
	void say(String message) {
		if (!problem.isDisposed()) {
			problem.setText(message);
			area.layout(true, true);
		}
	}
}
