package org.chartroom.ui.patients.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.patients.EventSeries;
import org.chartroom.core.patients.PatientSummary;
import org.chartroom.core.patients.Stay;
import org.chartroom.core.patients.Timeline;
import org.chartroom.ui.concepts.pick.ConceptPicker;
import org.chartroom.ui.patients.BrowsedDataset;
import org.chartroom.ui.patients.PatientBrowser;
import org.chartroom.ui.patients.UiJobs;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The selected patient: the header (demographics, stays, previous/next), the timeline chart of the
 * chosen stay, and one sortable, exportable table per event table of that stay. The patient and each
 * stay's timeline load in jobs; a newer choice cancels an older load.
 */
public final class PatientRecordView {

	private static final String TITLE = "Add a concept to the timeline";

	@Inject
	private MWindow window;

	private PatientBrowser browser;
	private final List<Runnable> unsubscribe = new ArrayList<>();
	private PatientHeader header;
	private CTabFolder tabs;
	private TimelinePanel timelinePanel;
	private final List<CTabItem> eventTabs = new ArrayList<>();
	private Optional<PatientSummary> patient = Optional.empty();
	private Optional<Timeline> timeline = Optional.empty();
	private Job loading;
	private Optional<DatasetConcepts> concepts = Optional.empty();

	@PostConstruct
	void create(Composite parent) {
		browser = PatientBrowser.of(window.getContext());
		parent.setLayout(new GridLayout(1, false));
		header = new PatientHeader(parent, browser::step, this::stayChosen);
		header.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		tabs = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		timelinePanel = new TimelinePanel(tabs, this::pickConcept);
		CTabItem timelineTab = new CTabItem(tabs, SWT.NONE);
		timelineTab.setText("Timeline");
		timelineTab.setControl(timelinePanel.control());
		tabs.setSelection(timelineTab);
		unsubscribe.add(browser.onPatient(this::patientChosen));
		unsubscribe.add(browser.onDataset(d -> clear()));
		browser.patient().ifPresent(this::patientChosen);
	}

	@PreDestroy
	void dispose() {
		unsubscribe.forEach(Runnable::run);
		cancel();
	}

	private void patientChosen(Object id) {
		Optional<BrowsedDataset> dataset = browser.dataset();
		if (dataset.isEmpty()) {
			return;
		}
		cancel();
		header.loading(id);
		timelinePanel.clear("Loading…");
		loading = UiJobs.read("Reading patient " + id, tabs, monitor -> dataset.get().patients().summary(id, monitor), found -> {
			patient = found;
			if (found.isEmpty()) {
				header.failed("Patient " + id + " is not in dataset " + dataset.get().info().name() + ".");
				return;
			}
			Optional<Stay> stay = header.show(found.get(), dataset.get().patients().idColumnName(),
					dataset.get().patients().stayKinds());
			loadTimeline(dataset.get(), found.get(), stay);
		}, header::failed);
	}

	private void stayChosen(Optional<Stay> stay) {
		Optional<BrowsedDataset> dataset = browser.dataset();
		if (dataset.isPresent() && patient.isPresent()) {
			cancel();
			loadTimeline(dataset.get(), patient.get(), stay);
		}
	}

	private void loadTimeline(BrowsedDataset dataset, PatientSummary summary, Optional<Stay> stay) {
		timelinePanel.clear("Loading the timeline…");
		loading = UiJobs.read("Reading the timeline of patient " + summary.id(), tabs,
				monitor -> dataset.patients().timeline(summary, stay, monitor), loaded -> show(dataset, loaded),
				message -> timelinePanel.clear(message));
	}

	private void show(BrowsedDataset dataset, Timeline loaded) {
		timeline = Optional.of(loaded);
		timelinePanel.show(loaded, dataset.patients().vitalSigns());
		eventTabs.forEach(tab -> {
			tab.getControl().dispose();
			tab.dispose();
		});
		eventTabs.clear();
		for (EventSeries series : loaded.series()) {
			if (series.events().isEmpty()) {
				continue;
			}
			CTabItem tab = new CTabItem(tabs, SWT.NONE);
			tab.setText(series.table() + " (" + series.events().size() + ")");
			tab.setToolTipText(series.domain() + " events");
			tab.setControl(new EventTable(tabs, series).control());
			eventTabs.add(tab);
		}
	}

	/** Opens the concept search on the browsed dataset's concepts, read once per dataset in a job. */
	private void pickConcept(Consumer<Concept> chosen) {
		Optional<BrowsedDataset> dataset = browser.dataset();
		if (dataset.isEmpty()) {
			return;
		}
		if (concepts.isPresent() && concepts.get().dataset().equals(dataset.get())) {
			new ConceptPicker(tabs.getShell(), concepts.get().index(), TITLE, "Add").choose().ifPresent(chosen);
			return;
		}
		tabs.setCursor(tabs.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
		UiJobs.read("Reading the concepts of " + dataset.get().info().name(), tabs,
				monitor -> new ConceptIndexReader(browser.workspace()).read(dataset.get().info().name(), dataset.get().schema(), monitor),
				index -> {
					tabs.setCursor(null);
					concepts = Optional.of(new DatasetConcepts(dataset.get(), index));
					new ConceptPicker(tabs.getShell(), index, TITLE, "Add").choose().ifPresent(chosen);
				}, message -> {
					tabs.setCursor(null);
					timelinePanel.clear(message);
				});
	}

	/** The concept index of the dataset it was read for. */
	private record DatasetConcepts(BrowsedDataset dataset, ConceptIndex index) {
	}

	private void clear() {
		cancel();
		patient = Optional.empty();
		timeline = Optional.empty();
		timelinePanel.clear("Choose a patient in the list.");
	}

	private void cancel() {
		if (loading != null) {
			loading.cancel();
		}
	}

	/** For tests: the header's title line. */
	public String title() {
		return header.title();
	}

	/** For tests: the timeline shown, once loaded. */
	public Optional<Timeline> timeline() {
		return timeline;
	}

	/** For tests: whether a chart is drawn. */
	public boolean charted() {
		return timelinePanel.chart().isPresent();
	}

	/** For tests: the chart's control, to take its picture. */
	public Composite chartControl() {
		return timelinePanel.chartView();
	}

	/** For tests: adds a concept as the concept search would. */
	public void addConcept(Concept concept) {
		timelinePanel.add(concept);
	}

	/** For tests: the concepts added to the timeline. */
	public List<Concept> addedConcepts() {
		return timelinePanel.added();
	}

	/** For tests: the previous (-1) or next (+1) button, pressed. */
	public void press(int delta) {
		(delta < 0 ? header.previousButton() : header.nextButton()).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}
}
