package org.chartroom.ui.patients.panels;

import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Timeline;
import org.eclipse.swt.widgets.Control;

/** One patient record view's instance of a {@link PatientPanel}. */
public interface PatientPanelView {

	/** The panel's top control, a child of the parent given to {@link PatientPanel#create}. */
	Control control();

	/**
	 * Shows a patient: called on the UI thread each time a patient's timeline (of the chosen stay, or of
	 * all stays) has loaded. Only reads what it is given: the timeline already holds every event.
	 */
	void show(PatientSummary patient, Timeline timeline);
}
