package org.chartroom.ui.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.report.ReportParameter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** One labelled text field per parameter of the chosen design; rebuilt when the design changes. */
final class ParameterFields {

	private final Composite area;
	private final Map<String, Text> fields = new LinkedHashMap<>();

	ParameterFields(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
	}

	Control control() {
		return area;
	}

	void show(List<ReportParameter> parameters) {
		for (Control child : area.getChildren()) {
			child.dispose();
		}
		fields.clear();
		for (ReportParameter parameter : parameters) {
			Label label = new Label(area, SWT.NONE);
			label.setText(parameter.prompt() + (parameter.required() ? " *" : "") + ":");
			Text text = new Text(area, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.setMessage(parameter.name() + (parameter.required() ? " (required)" : ""));
			fields.put(parameter.name(), text);
		}
		area.getParent().layout(true, true);
	}

	/** The values typed, by parameter name; empty fields left out. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, text) -> {
			if (!text.getText().isBlank()) {
				values.put(name, text.getText().strip());
			}
		});
		return values;
	}
}
