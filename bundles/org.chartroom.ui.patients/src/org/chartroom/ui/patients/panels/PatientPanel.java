package org.chartroom.ui.patients.panels;

import org.eclipse.swt.widgets.Composite;

/**
 * A tab of the patient browser, contributed by any bundle as an OSGi service (declarative services:
 * {@code @Component(service = PatientPanel.class, property = {PatientPanel.LABEL + "=Vitals", PatientPanel.DOMAIN + "=chart"})}).
 * <p>
 * The browser reads the service properties first and obtains the service only when a patient with
 * events of the panel's domain is shown, so no bundle starts just to be listed. A panel that throws is
 * isolated: the error is logged, its tab says so, and the browser keeps working without it.
 */
public interface PatientPanel {

	/** Service property (required): the tab's title. */
	String LABEL = "chartroom.panel.label";

	/**
	 * Service property (optional): the semantic role the panel shows, as the model's event domain
	 * ({@code chart}, {@code lab}, {@code measurement}, {@code drug}, …). The tab appears only when the
	 * shown patient has events of that domain; without it the tab is always there.
	 */
	String DOMAIN = "chartroom.panel.domain";

	/** Creates the panel inside the browser's tab; called once per patient record view, on the UI thread. */
	PatientPanelView create(Composite parent);
}
