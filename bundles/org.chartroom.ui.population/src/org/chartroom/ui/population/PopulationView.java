package org.chartroom.ui.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.Table1Row;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Population view: the Table 1 of a dataset's top-level stays or of one of its saved cohorts, with
 * the distributions as charts, measurements added from the concept search, and CSV exports of the table
 * and of the members. Everything is read in jobs ({@link PopulationJobs}); a newer choice drops an
 * older result.
 */
public final class PopulationView {

	public static final String ID = "org.chartroom.ui.views.population";

	/** Event topic whose data is a {@link PopulationRequest} ("Show Population" sends it). */
	public static final String SHOW_TOPIC = "org/chartroom/ui/population/show";

	static final String WHOLE_DATASET = "Whole dataset";

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	private volatile List<Connector> connectors = List.of();

	private Label header;
	private Combo population;
	private Button addMeasurement;
	private Button exportTable;
	private Button exportMembers;
	private Table table;
	private Composite charts;
	private ScrolledComposite chartScroll;
	private Label status;
	private final List<Image> images = new ArrayList<>();

	private Optional<PopulationRequest> shown = Optional.empty();
	private final List<ConceptRef> measurements = new ArrayList<>();
	private PopulationJobs jobs;

	@PostConstruct
	void create(Composite parent) {
		jobs = new PopulationJobs(workspace, () -> connectors, ui, this);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Population:");
		population = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(population);
		population.addListener(SWT.Selection, e -> populationChosen());
		addMeasurement = button(bar, "Add measurement…", () -> jobs.pickMeasurement(population.getShell()));
		exportTable = button(bar, "Export Table 1…", () -> jobs.exportTable(population.getShell()));
		exportMembers = button(bar, "Export members…", () -> jobs.exportMembers(population.getShell()));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Characteristic", 380, SWT.LEFT);
		column("Value", 150, SWT.LEFT);
		column("n", 60, SWT.RIGHT);
		chartScroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		charts = new Composite(chartScroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(charts);
		chartScroll.setContent(charts);
		chartScroll.setExpandHorizontal(true);
		chartScroll.setExpandVertical(true);
		sash.setWeights(5, 4);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		Optional<PopulationRequest> pending = shown;
		shown = Optional.empty();
		pending.ifPresentOrElse(this::show, () -> {
			header.setText("Select a dataset in the Datasets view and use Show Population (or Window ▸ Population) to describe it.");
			setEnabled(false);
		});
	}

	@PreDestroy
	void dispose() {
		if (jobs != null) {
			jobs.cancel();
		}
		images.forEach(Image::dispose);
	}

	@Inject
	void connectorsChanged(@Service List<Connector> installed) {
		connectors = List.copyOf(installed);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void datasetSelected(@Named(IServiceConstants.ACTIVE_SELECTION) DatasetSelection selection) {
		if (selection != null && shown.filter(s -> s.dataset().equalsIgnoreCase(selection.dataset().name())).isEmpty()) {
			show(new PopulationRequest(selection.dataset().name(), Optional.empty()));
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void showRequested(@UIEventTopic(SHOW_TOPIC) PopulationRequest request) {
		show(request);
	}

	/** Shows the Table 1 of a dataset or one of its saved cohorts; measurements stay while the dataset does. */
	public void show(PopulationRequest request) {
		if (request == null || shown.filter(request::equals).isPresent()) {
			return;
		}
		if (shown.filter(s -> s.dataset().equalsIgnoreCase(request.dataset())).isEmpty()) {
			measurements.clear();
		}
		shown = Optional.of(request);
		if (header == null || header.isDisposed()) {
			return; // created later: create() shows it
		}
		refresh();
	}

	/** Adds a measured concept to the table (from "Add measurement…"). */
	void addMeasurement(ConceptRef concept) {
		if (!measurements.contains(concept)) {
			measurements.add(concept);
			refresh();
		}
	}

	Optional<PopulationRequest> shown() {
		return shown;
	}

	List<ConceptRef> measurements() {
		return List.copyOf(measurements);
	}

	private void refresh() {
		PopulationRequest request = shown.orElseThrow();
		header.setText("Population of " + request.dataset() + request.cohort().map(c -> ", cohort " + c).orElse(", whole dataset"));
		setEnabled(false);
		status.setText("Computing the Table 1…");
		jobs.compute(request, measurements());
	}

	/** Called on the UI thread with a computed table, its distributions as PNGs and the dataset's saved cohorts. */
	void computed(PopulationRequest request, DatasetInfo dataset, List<Table1Row> rows, List<byte[]> pngs, List<String> cohorts,
			String entryLabel, long millis) {
		if (table.isDisposed() || shown.filter(request::equals).isEmpty()) {
			return;
		}
		population.removeAll();
		population.add(WHOLE_DATASET + " (" + entryLabel.toLowerCase(java.util.Locale.ROOT) + ")");
		cohorts.forEach(c -> population.add("Cohort " + c));
		population.select(request.cohort().map(c -> 1 + indexOf(cohorts, c)).orElse(0));
		table.removeAll();
		for (Table1Row row : rows) {
			new TableItem(table, SWT.NONE).setText(new String[] { row.characteristic(), row.value(), Long.toString(row.n()) });
		}
		for (Control old : charts.getChildren()) {
			old.dispose();
		}
		images.forEach(Image::dispose);
		images.clear();
		for (byte[] png : pngs) {
			Image image = new Image(charts.getDisplay(), new java.io.ByteArrayInputStream(png));
			images.add(image);
			new Label(charts, SWT.NONE).setImage(image);
		}
		charts.layout(true);
		chartScroll.setMinSize(charts.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		setEnabled(true);
		status.setText("Table 1 of " + dataset.name() + request.cohort().map(c -> ", cohort " + c).orElse("") + ": " + rows.size()
				+ " rows in " + millis + " ms. Quantiles: type 7 (R, numpy); measurements: the first value in each entry.");
	}

	/** Called on the UI thread when computing failed. */
	void failed(PopulationRequest request, String message) {
		if (!status.isDisposed() && shown.filter(request::equals).isPresent()) {
			table.removeAll();
			status.setText(message);
			population.setEnabled(population.getItemCount() > 0);
		}
	}

	void status(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
		}
	}

	private void populationChosen() {
		PopulationRequest request = shown.orElseThrow();
		String item = population.getText();
		Optional<String> cohort = item.startsWith("Cohort ") ? Optional.of(item.substring("Cohort ".length())) : Optional.empty();
		show(new PopulationRequest(request.dataset(), cohort));
	}

	private void setEnabled(boolean enabled) {
		population.setEnabled(enabled);
		addMeasurement.setEnabled(enabled);
		exportTable.setEnabled(enabled);
		exportMembers.setEnabled(enabled);
	}

	private static int indexOf(List<String> names, String name) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void column(String text, int width, int style) {
		TableColumn column = new TableColumn(table, style);
		column.setText(text);
		column.setWidth(width);
	}
}
