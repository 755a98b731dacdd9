package org.chartroom.ui.concepts;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.concepts.Concept;
import org.chartroom.core.concepts.ConceptDetails;
import org.chartroom.core.concepts.ConceptDetailsReader;
import org.chartroom.core.concepts.ConceptIndex;
import org.chartroom.core.concepts.ConceptIndexReader;
import org.chartroom.core.concepts.ConceptPage;
import org.chartroom.core.concepts.ConceptQuery;
import org.chartroom.core.concepts.NumericDistribution;
import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The concept browser: the concepts of one dataset's dictionaries, searched as you type, with their
 * use, and the details and value spread of the selected one. It follows the dataset selected in the
 * Datasets view. The store is asked only in jobs: the index once per dataset, the details on selection;
 * a search runs on the index in memory, debounced, and a result that a newer search overtook is dropped.
 */
public final class ConceptsView {

	public static final String ID = "org.chartroom.ui.views.concepts";

	/** Event topic whose data is the {@link DatasetInfo} to browse ("Browse Concepts" sends it). */
	public static final String BROWSE_TOPIC = "org/chartroom/ui/concepts/browse";

	/** Results the table shows at most. */
	static final int SHOWN = 500;

	/** Typing pauses this long before the search runs. */
	static final long DEBOUNCE_MS = 150;

	private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);

	@Inject
	private Workspace workspace;

	@Inject
	private UISynchronize ui;

	private volatile List<Connector> connectors = List.of();

	private Label header;
	private ConceptSearchBar bar;
	private ConceptTable table;
	private Label status;
	private ConceptDetailsPane details;

	private Optional<DatasetInfo> dataset = Optional.empty();
	private Dataset schema;
	private ConceptIndex index;
	private Job searchJob;
	private int indexGeneration;
	private int searchGeneration;
	private int detailsGeneration;
	private boolean disposed;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(header);
		bar = new ConceptSearchBar(parent, this::searchLater);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar.control());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(left);
		table = new ConceptTable(left, this::selected);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		status = new Label(left, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		details = new ConceptDetailsPane(sash);
		sash.setWeights(3, 2);
		Optional<DatasetInfo> chosen = dataset;
		dataset = Optional.empty();
		chosen.ifPresentOrElse(this::browse, () -> {
			header.setText("Select a dataset in the Datasets view (or use Browse Concepts on it) to search its concepts.");
			bar.setEnabled(false);
		});
	}

	@PreDestroy
	void dispose() {
		disposed = true;
		if (searchJob != null) {
			searchJob.cancel();
		}
	}

	@Inject
	void connectorsChanged(@Service List<Connector> installed) {
		connectors = List.copyOf(installed);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void datasetSelected(@Named(IServiceConstants.ACTIVE_SELECTION) DatasetSelection selection) {
		if (selection != null) {
			browse(selection.dataset());
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void browseRequested(@UIEventTopic(BROWSE_TOPIC) DatasetInfo requested) {
		browse(requested);
	}

	@Focus
	void focus() {
		bar.text().setFocus();
	}

	/** Shows the concepts of a dataset; the same dataset again changes nothing. */
	public void browse(DatasetInfo chosen) {
		if (chosen == null || dataset.filter(chosen::equals).isPresent()) {
			return;
		}
		dataset = Optional.of(chosen);
		if (header == null || header.isDisposed()) {
			return; // not created yet: create() browses it
		}
		index = null;
		searchGeneration++;
		detailsGeneration++;
		table.show(List.of());
		status.setText("");
		details.showMessage("Select a concept to see its details and the spread of its values.");
		bar.setEnabled(false);
		Optional<Connector> connector = connectors.stream().filter(c -> c.id().equals(chosen.sourceKind())).findFirst();
		if (connector.isEmpty()) {
			header.setText("Dataset " + chosen.name() + " came from '" + chosen.sourceKind()
					+ "', whose connector is not installed: its concepts are read through the connector's model.");
			return;
		}
		schema = connector.get().schema();
		header.setText("Reading the concepts of " + chosen.name() + "…");
		readIndex(chosen, schema);
	}

	private void readIndex(DatasetInfo chosen, Dataset model) {
		int generation = ++indexGeneration;
		Job job = Job.create("Reading the concepts of " + chosen.name(), monitor -> {
			try {
				ConceptIndex read = new ConceptIndexReader(workspace).read(chosen.name(), model, monitor);
				ui.asyncExec(() -> {
					if (!disposed && generation == indexGeneration) {
						indexRead(chosen, read);
					}
				});
			} catch (StoreException e) {
				ui.asyncExec(() -> {
					if (!disposed && generation == indexGeneration) {
						header.setText(e.getMessage());
					}
				});
			}
		});
		job.schedule();
	}

	private void indexRead(DatasetInfo chosen, ConceptIndex read) {
		index = read;
		header.setText(chosen.name() + ": " + COUNT.format(read.size()) + " concepts in " + read.dictionaries().size()
				+ (read.dictionaries().size() == 1 ? " dictionary" : " dictionaries") + " ("
				+ String.join(", ", read.dictionaries()) + ")");
		header.getParent().layout(true);
		bar.offer(read);
		bar.setEnabled(true);
		searchLater();
	}

	/** Runs the search of the widgets' state after a pause; a newer one makes this one's result stale. */
	private void searchLater() {
		if (index == null) {
			return;
		}
		int generation = ++searchGeneration;
		ConceptIndex searched = index;
		ConceptQuery query = bar.query(SHOWN);
		if (searchJob != null) {
			searchJob.cancel();
		}
		searchJob = Job.create("Searching concepts", monitor -> {
			ConceptPage page = searched.search(query);
			ui.asyncExec(() -> {
				if (!disposed && generation == searchGeneration) {
					showResults(page);
				}
			});
		});
		searchJob.setSystem(true);
		searchJob.schedule(DEBOUNCE_MS);
	}

	private void showResults(ConceptPage page) {
		table.show(page.concepts());
		status.setText(page.total() > page.concepts().size()
				? "Showing the first " + COUNT.format(page.concepts().size()) + " of " + COUNT.format(page.total())
						+ " concepts; type more to narrow them."
				: page.total() == 1 ? "1 concept" : COUNT.format(page.total()) + " concepts");
	}

	private void selected(Optional<Concept> concept) {
		int generation = ++detailsGeneration;
		if (concept.isEmpty() || dataset.isEmpty()) {
			details.showMessage("Select a concept to see its details and the spread of its values.");
			return;
		}
		Concept chosen = concept.get();
		String name = dataset.get().name();
		Dataset model = schema;
		details.showLoading(chosen);
		Job job = Job.create("Reading the values of " + chosen.label().strip(), monitor -> {
			try {
				ConceptDetails read = new ConceptDetailsReader(workspace).read(name, model, chosen, monitor);
				Map<NumericDistribution, byte[]> charts = new HashMap<>();
				for (var distribution : read.distributions()) {
					if (distribution instanceof NumericDistribution numbers) {
						charts.put(numbers, HistogramImage.png(numbers, 440, 220));
					}
				}
				ui.asyncExec(() -> {
					if (!disposed && generation == detailsGeneration) {
						details.show(read, charts);
					}
				});
			} catch (StoreException | IOException e) {
				ui.asyncExec(() -> {
					if (!disposed && generation == detailsGeneration) {
						details.showMessage("Cannot read the values of " + chosen.label().strip() + ": " + e.getMessage());
					}
				});
			}
		});
		job.schedule();
	}

	/** For tests: the search's status line. */
	String statusText() {
		return status.getText();
	}
}
