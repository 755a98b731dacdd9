package org.chartroom.examples.hospital.ui;

import org.chartroom.ui.patients.panels.PatientPanel;
import org.chartroom.ui.patients.panels.PatientPanelView;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

/**
 * The hospital's "Vital signs" tab in the patient browser: one line per vital sign of the shown stay.
 * The label and domain are service properties, so the browser lists the panel without starting this
 * bundle, and shows it only for patients with events of the domain "vital" (the hospital's VITAL_SIGN
 * table, by its model's semantics).
 */
@Component(service = PatientPanel.class, property = { PatientPanel.LABEL + "=Vital signs", PatientPanel.DOMAIN + "=vital" })
public final class VitalSignsPanel implements PatientPanel {

	@Override
	public PatientPanelView create(Composite parent) {
		return new VitalSignsTable(parent);
	}
}
