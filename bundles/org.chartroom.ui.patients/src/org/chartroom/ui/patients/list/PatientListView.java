package org.chartroom.ui.patients.list;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.patients.PatientDataException;
import org.chartroom.core.patients.PatientFilter;
import org.chartroom.core.patients.PatientListItem;
import org.chartroom.core.patients.PatientPage;
import org.chartroom.core.patients.PatientSort;
import org.chartroom.core.patients.StayKinds;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.ui.patients.BrowsedDataset;
import org.chartroom.ui.patients.PatientBrowser;
import org.chartroom.ui.patients.UiJobs;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The patients of the browsed dataset, one page at a time, filtered and sorted in the database.
 * Selecting a row shows that patient; the record view's previous/next buttons move the selection,
 * across pages too. Every read runs in a job.
 */
public final class PatientListView {

	static final int PAGE_SIZE = 50;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	/** The stay columns are named after the model's stays once a dataset is browsed. */
	private static final String[] HEADERS = { "Id", "Sex", "Age", "Admissions", "ICU stays", "Died" };
	private static final int[] WIDTHS = { 70, 45, 50, 95, 80, 100 };
	private static final PatientSort[] SORTS = { PatientSort.ID, PatientSort.SEX, PatientSort.AGE, PatientSort.ADMISSIONS,
			PatientSort.ICU_STAYS, PatientSort.DEATH };

	@Inject
	private MWindow window;

	private PatientBrowser browser;
	private final List<Runnable> unsubscribe = new ArrayList<>();
	private Combo datasetChoice;
	private List<DatasetInfo> datasets = List.of();
	private PatientFilterBar filters;
	private Table table;
	private Label pageLabel;
	private Button previousPage;
	private Button nextPage;
	private PatientFilter filter = PatientFilter.all(PAGE_SIZE);
	private Optional<PatientPage> page = Optional.empty();
	private Job loading;
	/** After a step past the page's end: select its first (+1) or last (-1) row once the page loads. */
	private int selectOnLoad;

	@PostConstruct
	void create(Composite parent) {
		browser = PatientBrowser.of(window.getContext());
		parent.setLayout(new GridLayout(1, false));

		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		top.setLayout(new GridLayout(2, false));
		new Label(top, SWT.NONE).setText("Dataset");
		datasetChoice = new Combo(top, SWT.READ_ONLY);
		datasetChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		datasetChoice.addListener(SWT.Selection, e -> chooseDataset());

		filters = new PatientFilterBar(parent, this::filtersChanged);

		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < HEADERS.length; i++) {
			TableColumn column = new TableColumn(table, i == 1 ? SWT.LEFT : SWT.RIGHT);
			column.setText(HEADERS[i]);
			column.setWidth(WIDTHS[i]);
			PatientSort sort = SORTS[i];
			column.addListener(SWT.Selection, e -> sortBy(column, sort));
		}
		table.addListener(SWT.Selection, e -> selected());

		Composite paging = new Composite(parent, SWT.NONE);
		paging.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		paging.setLayout(new GridLayout(3, false));
		previousPage = new Button(paging, SWT.PUSH);
		previousPage.setText("◀ Page");
		previousPage.addListener(SWT.Selection, e -> load(filter.page(Math.max(0, filter.offset() - PAGE_SIZE))));
		pageLabel = new Label(paging, SWT.CENTER);
		pageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		nextPage = new Button(paging, SWT.PUSH);
		nextPage.setText("Page ▶");
		nextPage.addListener(SWT.Selection, e -> load(filter.page(filter.offset() + PAGE_SIZE)));
		showPage();

		unsubscribe.add(browser.onDataset(this::datasetChanged));
		unsubscribe.add(browser.onStep(this::step));
		UiJobs.read("Listing datasets", table, monitor -> browser.workspace().datasets(), this::offerDatasets,
				this::showError);
		browser.dataset().ifPresent(this::datasetChanged);
	}

	@PreDestroy
	void dispose() {
		unsubscribe.forEach(Runnable::run);
		if (loading != null) {
			loading.cancel();
		}
	}

	private void offerDatasets(List<DatasetInfo> all) {
		datasets = all;
		datasetChoice.removeAll();
		all.forEach(d -> datasetChoice.add(d.name() + "  (" + d.sourceKind() + ")"));
		Optional<DatasetInfo> shown = browser.dataset().map(BrowsedDataset::info);
		if (shown.isPresent()) {
			datasetChoice.select(all.indexOf(shown.get()));
		} else if (!all.isEmpty()) {
			datasetChoice.select(0);
			chooseDataset();
		} else {
			pageLabel.setText("No datasets: import one first (File ▸ Import Dataset…)");
		}
	}

	private void chooseDataset() {
		int index = datasetChoice.getSelectionIndex();
		if (index < 0 || index >= datasets.size()) {
			return;
		}
		try {
			browser.browse(datasets.get(index));
		} catch (PatientDataException e) {
			showError(e.getMessage());
		}
	}

	private void datasetChanged(BrowsedDataset dataset) {
		int index = datasets.indexOf(dataset.info());
		if (index >= 0 && datasetChoice.getSelectionIndex() != index) {
			datasetChoice.select(index);
		}
		StayKinds kinds = dataset.patients().stayKinds();
		table.getColumn(3).setText(kinds.stays());
		table.getColumn(4).setText(kinds.nestedStays().orElse(""));
		filters.stayKinds(kinds);
		UiJobs.read("Reading the sexes of " + dataset.info().name(), table, dataset.patients()::sexes, filters::sexes,
				this::showError);
		load(filters.apply(PatientFilter.all(PAGE_SIZE)));
	}

	private void filtersChanged() {
		if (browser.dataset().isPresent()) {
			load(filters.apply(filter));
		}
	}

	private void sortBy(TableColumn column, PatientSort sort) {
		boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		load(filter.sortedBy(sort, descending));
	}

	/** Reads a page in a job; a newer request cancels an older one still running. */
	private void load(PatientFilter wanted) {
		Optional<BrowsedDataset> dataset = browser.dataset();
		if (dataset.isEmpty()) {
			return;
		}
		filter = wanted;
		if (loading != null) {
			loading.cancel();
		}
		pageLabel.setText("Loading…");
		loading = UiJobs.read("Listing patients of " + dataset.get().info().name(), table,
				monitor -> dataset.get().patients().list(wanted, monitor), this::pageLoaded, this::showError);
	}

	private void pageLoaded(PatientPage loaded) {
		page = Optional.of(loaded);
		table.removeAll();
		for (PatientListItem patient : loaded.patients()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(patient);
			item.setText(new String[] { patient.id().toString(), patient.sex().orElse(""),
					patient.ageAtFirstStay().map(Object::toString).orElse(""), Long.toString(patient.stays()),
					Long.toString(patient.icuStays()), patient.death().map(d -> DAY.format(d)).orElse("") });
		}
		showPage();
		if (selectOnLoad != 0 && table.getItemCount() > 0) {
			table.setSelection(selectOnLoad > 0 ? 0 : table.getItemCount() - 1);
			selectOnLoad = 0;
			selected();
		} else if (browser.patient().isEmpty() && table.getItemCount() > 0) {
			table.setSelection(0);
			selected();
		}
	}

	private void showPage() {
		if (page.isEmpty()) {
			pageLabel.setText("");
			previousPage.setEnabled(false);
			nextPage.setEnabled(false);
			return;
		}
		PatientPage shown = page.get();
		pageLabel.setText(shown.total() == 0 ? "No patient matches"
				: String.format("%,d–%,d of %,d patients", shown.offset() + 1, shown.offset() + shown.patients().size(), shown.total()));
		previousPage.setEnabled(shown.offset() > 0);
		nextPage.setEnabled(shown.hasNext());
		pageLabel.getParent().layout();
	}

	private void selected() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			browser.select(((PatientListItem) table.getItem(index).getData()).id());
		}
	}

	/** Previous (-1) or next (+1) patient: the row above or below, or the last or first row of the page before or after. */
	private void step(int delta) {
		if (page.isEmpty()) {
			return;
		}
		int target = table.getSelectionIndex() + delta;
		if (target >= 0 && target < table.getItemCount()) {
			table.setSelection(target);
			selected();
		} else if (target >= table.getItemCount() && page.get().hasNext()) {
			selectOnLoad = 1;
			load(filter.page(filter.offset() + PAGE_SIZE));
		} else if (target < 0 && filter.offset() > 0) {
			selectOnLoad = -1;
			load(filter.page(Math.max(0, filter.offset() - PAGE_SIZE)));
		}
	}

	private void showError(String message) {
		pageLabel.setText(message);
		pageLabel.setToolTipText(message);
	}

	/** For tests: the table of patients. */
	public Table table() {
		return table;
	}
}
