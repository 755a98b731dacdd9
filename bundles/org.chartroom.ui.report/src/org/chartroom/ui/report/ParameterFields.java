package org.chartroom.ui.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.report.ReportParameter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One labelled field per parameter of the chosen design; rebuilt when the design changes. A saved
 * cohort ({@value #COHORT}) is chosen from the dataset's saved cohorts, listed again in a job when
 * the dataset changes; every other parameter is typed.
 */
final class ParameterFields {

	/** The parameter of the cohort report that names a saved cohort (CohortReport.COHORT). */
	static final String COHORT = "cohort";

	private final Composite area;
	private final Workspace workspace;
	private final Map<String, Control> fields = new LinkedHashMap<>();
	private Optional<DatasetInfo> dataset = Optional.empty();
	private int listings;

	ParameterFields(Composite parent, Workspace workspace) {
		this.workspace = workspace;
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
			if (parameter.name().equals(COHORT)) {
				Combo cohorts = new Combo(area, SWT.READ_ONLY);
				cohorts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				fields.put(parameter.name(), cohorts);
			} else {
				Text text = new Text(area, SWT.BORDER);
				text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				text.setMessage(parameter.name() + (parameter.required() ? " (required)" : ""));
				fields.put(parameter.name(), text);
			}
		}
		listCohorts();
		area.getParent().layout(true, true);
	}

	/** The dataset the report runs on: its saved cohorts are the choices of a cohort parameter. */
	void datasetChanged(Optional<DatasetInfo> chosen) {
		dataset = chosen;
		listCohorts();
	}

	/** The values chosen or typed, by parameter name; empty fields left out. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, field) -> {
			String value = switch (field) {
			case Text text -> text.getText();
			case Combo combo -> combo.getText();
			default -> "";
			};
			if (!value.isBlank()) {
				values.put(name, value.strip());
			}
		});
		return values;
	}

	private void listCohorts() {
		if (!(fields.get(COHORT) instanceof Combo combo)) {
			return;
		}
		int listing = ++listings;
		combo.setItems("");
		combo.select(0);
		if (dataset.isEmpty() || workspace == null) {
			return;
		}
		String name = dataset.get().name();
		Job.create("Listing the saved cohorts of " + name, monitor -> {
			List<String> names;
			try {
				names = new SavedCohorts(workspace).names(name);
			} catch (IOException e) {
				return Status.error("Cannot list the saved cohorts of " + name + ": " + e.getMessage(), e);
			}
			area.getDisplay().asyncExec(() -> {
				if (!combo.isDisposed() && listing == listings) {
					combo.setItems(names.isEmpty() ? new String[] { "" } : prepend(names));
					combo.select(0);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	/** The choices: none (the report then takes patient ids), then the saved cohorts. */
	private static String[] prepend(List<String> names) {
		String[] items = new String[names.size() + 1];
		items[0] = "";
		for (int i = 0; i < names.size(); i++) {
			items[i + 1] = names.get(i);
		}
		return items;
	}
}
