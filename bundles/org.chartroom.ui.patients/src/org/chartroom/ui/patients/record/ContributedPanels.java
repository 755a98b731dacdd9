package org.chartroom.ui.patients.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Timeline;
import org.chartroom.ui.patients.panels.PatientPanel;
import org.chartroom.ui.patients.panels.PatientPanelView;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link PatientPanel}s other bundles contribute, as tabs after the timeline. A panel's service is
 * obtained only when a patient with events of its domain is shown. A panel that throws is switched off
 * until restart: {@link SafeRunner} logs the error, and its tab says what failed instead.
 */
final class ContributedPanels {

	private final CTabFolder tabs;
	private final BundleContext context;
	private final Map<ServiceReference<PatientPanel>, Contributed> panels = new LinkedHashMap<>();

	ContributedPanels(CTabFolder tabs) {
		this.tabs = tabs;
		this.context = FrameworkUtil.getBundle(ContributedPanels.class).getBundleContext();
	}

	/** Shows the patient in every panel whose domain the timeline has events of; the others lose their tab. */
	void show(PatientSummary patient, Timeline timeline) {
		int index = 1;
		for (ServiceReference<PatientPanel> reference : references()) {
			Contributed panel = panels.get(reference);
			boolean failed = panel != null && panel.failed;
			if (!failed && !appliesTo(reference, timeline)) {
				if (panel != null) {
					panel.removeTab();
				}
				continue;
			}
			if (panel == null) {
				panel = create(reference);
				panels.put(reference, panel);
			}
			Contributed shown = panel;
			shown.showTab(index++);
			shown.view.ifPresent(view -> run(shown, () -> view.show(patient, timeline)));
		}
	}

	/** Removes every panel's tab, as when no patient is shown. */
	void hide() {
		panels.values().forEach(Contributed::removeTab);
	}

	/** The labels of the tabs shown now, for tests. */
	List<String> labels() {
		return Arrays.stream(tabs.getItems()).filter(item -> panels.values().stream().anyMatch(p -> p.tab == item))
				.map(CTabItem::getText).toList();
	}

	void dispose() {
		panels.forEach((reference, panel) -> {
			if (panel.service) {
				context.ungetService(reference);
			}
		});
		panels.clear();
	}

	private Contributed create(ServiceReference<PatientPanel> reference) {
		Contributed panel = new Contributed(label(reference), reference.getBundle().getSymbolicName());
		PatientPanel service = null;
		try {
			service = context.getService(reference);
		} catch (RuntimeException e) {
			// a component whose activation throws: DS logs it and hands out null
		}
		if (service == null) {
			panel.fail("could not be started (see the error log)");
			return panel;
		}
		panel.service = true;
		PatientPanel started = service;
		run(panel, () -> {
			PatientPanelView view = started.create(tabs);
			panel.view = Optional.of(view);
			panel.control = view.control();
		});
		return panel;
	}

	/** Runs a call into a panel; an exception or error switches the panel off and says so in its tab. */
	private void run(Contributed panel, Runnable call) {
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() {
				call.run();
			}

			@Override
			public void handleException(Throwable exception) {
				// SafeRunner has logged it with its stack trace
				panel.fail("failed: " + Optional.ofNullable(exception.getMessage()).orElse(exception.getClass().getName()));
			}
		});
	}

	private List<ServiceReference<PatientPanel>> references() {
		try {
			List<ServiceReference<PatientPanel>> found = new ArrayList<>(context.getServiceReferences(PatientPanel.class, null));
			found.removeIf(reference -> !(reference.getProperty(PatientPanel.LABEL) instanceof String));
			found.sort(Comparator.comparing(ContributedPanels::label));
			return found;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // no filter given
		}
	}

	private static String label(ServiceReference<PatientPanel> reference) {
		return (String) reference.getProperty(PatientPanel.LABEL);
	}

	private static boolean appliesTo(ServiceReference<PatientPanel> reference, Timeline timeline) {
		if (!(reference.getProperty(PatientPanel.DOMAIN) instanceof String domain)) {
			return true;
		}
		String wanted = domain.toLowerCase(Locale.ROOT);
		return timeline.series().stream().anyMatch(s -> s.domain().toLowerCase(Locale.ROOT).equals(wanted) && !s.events().isEmpty());
	}

	/** One contributed panel in this view: its tab, its control, and its view while it works. */
	private final class Contributed {
		private final String label;
		private final String bundle;
		private Optional<PatientPanelView> view = Optional.empty();
		private Control control;
		private CTabItem tab;
		private boolean service;
		private boolean failed;

		Contributed(String label, String bundle) {
			this.label = label;
			this.bundle = bundle;
		}

		void showTab(int index) {
			if (tab == null || tab.isDisposed()) {
				tab = new CTabItem(tabs, SWT.NONE, Math.min(index, tabs.getItemCount()));
				tab.setControl(control);
			}
			tab.setText(failed ? label + " (failed)" : label);
		}

		void removeTab() {
			if (tab != null && !tab.isDisposed()) {
				tab.dispose();
			}
		}

		void fail(String what) {
			failed = true;
			view = Optional.empty();
			if (control != null && !control.isDisposed()) {
				control.dispose();
			}
			Label message = new Label(tabs, SWT.WRAP);
			message.setText("The panel \"" + label + "\" of " + bundle + " " + what + ". It is switched off until Chartroom restarts; "
					+ "the rest of the patient browser works without it.");
			control = message;
			if (tab != null && !tab.isDisposed()) {
				tab.setControl(control);
				tab.setText(label + " (failed)");
			}
		}
	}
}
