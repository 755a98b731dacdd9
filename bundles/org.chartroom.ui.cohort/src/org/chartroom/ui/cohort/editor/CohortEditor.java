package org.chartroom.ui.cohort.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.run.CohortCounts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.cohort.sql.InvalidCohortException;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.ui.cohort.CohortDataset;
import org.chartroom.ui.cohort.CohortDataset.StayLevel;
import org.chartroom.ui.cohort.counts.AttritionChart;
import org.chartroom.ui.cohort.counts.CountOutcome;
import org.chartroom.ui.cohort.counts.LiveCounts;
import org.chartroom.ui.cohort.criteria.CriteriaTree;
import org.chartroom.ui.cohort.criteria.CriterionKind;
import org.chartroom.ui.cohort.criteria.CriterionPane;
import org.chartroom.ui.cohort.sql.SqlTab;
import org.chartroom.ui.views.DatasetsTopics;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The cohort builder: one editor per cohort of a dataset. Its name and entry event at the top; the
 * criteria tree with the selected criterion's widgets on the left; on the right the live counts and
 * the attrition chart; the SQL in a tab of its own. Every change recompiles the cohort at once (no
 * SQL runs for that) and counts it in the background ({@link LiveCounts}); Save (Ctrl+S) stores it in
 * the workspace with its members.
 */
public final class CohortEditor extends EditorPart {

	public static final String ID = "org.chartroom.ui.cohort.editor";

	private static final Pattern CRITERION = Pattern.compile("criterion ([0-9]+(?:\\.[0-9]+)*)");

	private Workspace workspace;
	private CohortDataset dataset;
	private Cohort cohort;
	private CohortCompiler compiler;
	private boolean dirty;
	private Optional<CompiledCohort> compiled = Optional.empty();

	private Text name;
	private Combo entry;
	private List<StayLevel> levels;
	private Label counts;
	private CriteriaTree criteria;
	private Composite details;
	private ScrolledComposite detailsScroll;
	private Optional<CriterionPane> pane = Optional.empty();
	private AttritionChart attrition;
	private SqlTab sql;
	private LiveCounts live;
	private DatasetConcepts concepts;
	private Optional<Criterion> faulty = Optional.empty();
	private String problem = "";

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CohortEditorInput cohortInput)) {
			throw new PartInitException("The cohort builder opens cohorts, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		workspace = site.getService(Workspace.class);
		if (workspace == null) {
			throw new PartInitException("No workspace is open.");
		}
		dataset = cohortInput.dataset();
		cohort = cohortInput.cohort();
		compiler = new CohortCompiler(dataset.schema(), workspace.dialect());
		dirty = cohortInput.savedName().isEmpty();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header(parent);
		CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		CTabItem definition = new CTabItem(tabs, SWT.NONE);
		definition.setText("Definition");
		definition.setControl(definitionTab(tabs));
		CTabItem sqlTab = new CTabItem(tabs, SWT.NONE);
		sqlTab.setText("SQL");
		sql = new SqlTab(tabs, getSite().getWorkbenchWindow());
		sqlTab.setControl(sql.control());
		tabs.setSelection(definition);
		concepts = new DatasetConcepts(workspace, dataset);
		live = new LiveCounts(parent, workspace, dataset.name(), this::counted);
		criteria.show(cohort, Arrays.asList(CriterionKind.values()));
		criteria.onSelection(this::showPane);
		cohort.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					changed(notification.getFeature() != CohortPackage.Literals.COHORT__NAME
							&& notification.getFeature() != CohortPackage.Literals.COHORT__DESCRIPTION);
				}
			}
		});
		recount();
	}

	private void header(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(7, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Cohort name:");
		name = new Text(bar, SWT.BORDER);
		GridData nameData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		nameData.widthHint = 180;
		name.setLayoutData(nameData);
		name.setMessage("e.g. AdultLongIcuStays");
		CohortEditorInput input = (CohortEditorInput) getEditorInput();
		name.setText(input.savedName().orElse(cohort.getName() == null ? "" : cohort.getName()));
		name.addModifyListener(e -> cohort.setName(name.getText().strip()));
		new Label(bar, SWT.NONE).setText("Entry event:");
		entry = new Combo(bar, SWT.READ_ONLY);
		levels = dataset.stayLevels();
		levels.forEach(level -> entry.add(level.label() + " (" + level.level() + ")"));
		if (cohort.getEntryLevel() == null && !levels.isEmpty()) {
			cohort.setEntryLevel(levels.get(0).level());
		}
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).level().equalsIgnoreCase(String.valueOf(cohort.getEntryLevel()))) {
				entry.select(i);
			}
		}
		entry.addListener(SWT.Selection, e -> cohort.setEntryLevel(levels.get(entry.getSelectionIndex()).level()));
		Label on = new Label(bar, SWT.NONE);
		on.setText("on dataset " + dataset.name() + " (" + dataset.info().sourceKind() + ")");
		Button save = new Button(bar, SWT.PUSH);
		save.setText("Save");
		save.setToolTipText("Save the cohort and its members in the workspace (Ctrl+S)");
		save.addListener(SWT.Selection, e -> doSave(null));
		Button export = new Button(bar, SWT.PUSH);
		export.setText("Export ATLAS JSON…");
		export.addListener(SWT.Selection, e -> new AtlasExportAction(getSite().getShell(), dataset).run(cohort, name.getText()));
		counts = new Label(bar, SWT.WRAP);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
		counts.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		if (!input.warnings().isEmpty()) {
			Label warnings = new Label(bar, SWT.WRAP);
			warnings.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
			warnings.setText("Left out when the file was read (Chartroom does not support these ATLAS features):\n  "
					+ String.join("\n  ", input.warnings()));
			warnings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
		}
	}

	private Control definitionTab(Composite parent) {
		SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
		SashForm left = new SashForm(columns, SWT.VERTICAL);
		criteria = new CriteriaTree(left);
		detailsScroll = new ScrolledComposite(left, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		detailsScroll.setExpandHorizontal(true);
		detailsScroll.setExpandVertical(true);
		details = new Composite(detailsScroll, SWT.NONE);
		details.setLayout(new FillLayout());
		detailsScroll.setContent(details);
		left.setWeights(45, 55);
		attrition = new AttritionChart(columns);
		columns.setWeights(50, 50);
		showPane(Optional.empty());
		return columns;
	}

	private void showPane(Optional<Criterion> criterion) {
		for (Control child : details.getChildren()) {
			child.dispose();
		}
		pane = criterion.map(c -> CriterionPane.of(details, c, dataset, concepts));
		if (pane.isEmpty()) {
			Label hint = new Label(details, SWT.WRAP);
			hint.setText(cohort.getCriteria().isEmpty()
					? "Every entry of the dataset is in the cohort. Add Criterion narrows it down; each top-level criterion is a step of the attrition."
					: "Select a criterion to change it.");
		}
		pane.ifPresent(p -> p.showProblem(faulty.equals(criterion) ? problem : ""));
		details.layout(true, true);
		detailsScroll.setMinSize(details.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The cohort changed: it is dirty, and (unless only its name changed) its counts are out of date. */
	private void changed(boolean definition) {
		if (!dirty) {
			dirty = true;
			firePropertyChange(PROP_DIRTY);
		}
		if (definition && criteria != null) {
			criteria.refresh();
			recount();
		}
	}

	/** Compiles the cohort (no SQL runs) and counts it in the background, or says what is wrong. */
	private void recount() {
		try {
			CompiledCohort compiledNow = compiler.compile(cohort);
			compiled = Optional.of(compiledNow);
			markProblem(Optional.empty(), "");
			sql.show(compiled, dataset.name(), "");
			live.request(compiledNow);
		} catch (InvalidCohortException e) {
			compiled = Optional.empty();
			live.cancel();
			markProblem(criterionOf(e.getMessage()), e.getMessage());
			sql.show(Optional.empty(), dataset.name(), e.getMessage());
			say(e.getMessage(), true);
			attrition.clear();
		}
	}

	private void markProblem(Optional<Criterion> criterion, String message) {
		faulty = criterion;
		problem = message;
		criteria.problem(criterion, message);
		pane.ifPresent(p -> p.showProblem(criterion.isPresent() && criterion.equals(criteria.selected()) ? message : ""));
	}

	/** The criterion a compiler message names ({@code criterion 2.1 (…)}), if it names one. */
	private Optional<Criterion> criterionOf(String message) {
		Matcher matcher = CRITERION.matcher(message);
		if (!matcher.find()) {
			return Optional.empty();
		}
		List<Criterion> level = cohort.getCriteria();
		Criterion found = null;
		for (String part : matcher.group(1).split("\\.")) {
			int index = Integer.parseInt(part) - 1;
			if (index < 0 || index >= level.size()) {
				return Optional.empty();
			}
			found = level.get(index);
			level = found instanceof Group group ? group.getCriteria() : List.of();
		}
		return Optional.ofNullable(found);
	}

	private void counted(CountOutcome outcome) {
		switch (outcome) {
		case CountOutcome.Counting counting -> say("Counting…", false);
		case CountOutcome.Counted done -> {
			CohortCounts result = done.counts();
			say(String.format("%,d %s · %,d patients   (counted in %,d ms)", result.entries(),
					result.attrition().get(0).label(), result.patients(), done.millis()), false);
			attrition.show(result);
		}
		case CountOutcome.Failed failed -> {
			say("Cannot count the cohort: " + failed.message(), true);
			attrition.clear();
		}
		}
	}

	private void say(String text, boolean error) {
		if (counts.isDisposed()) {
			return;
		}
		counts.setText(text);
		counts.setForeground(error ? counts.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		counts.getParent().layout(true, true);
	}

	/** The counts line (tests read it). */
	public String countsText() {
		return counts.getText();
	}

	public AttritionChart attrition() {
		return attrition;
	}

	public CriteriaTree criteria() {
		return criteria;
	}

	public SqlTab sqlTab() {
		return sql;
	}

	public Cohort cohort() {
		return cohort;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		String chosen = name.getText().strip();
		try {
			SavedCohorts.checkName(chosen);
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), "Save Cohort", e.getMessage());
			return;
		}
		if (compiled.isEmpty()) {
			MessageDialog.openError(getSite().getShell(), "Save Cohort", "The cohort cannot be saved while it is not valid: " + problem);
			return;
		}
		say("Saving " + chosen + "…", false);
		new CohortSaveJob(workspace, dataset.name(), chosen, cohort, compiled.get(), outcome -> name.getDisplay().asyncExec(() -> {
			if (name.isDisposed()) {
				return;
			}
			if (outcome.error().isPresent()) {
				say("Cannot save cohort " + chosen + ": " + outcome.error().get(), true);
				return;
			}
			say(String.format("Saved %s: %,d entries in CHARTROOM_COHORT_MEMBERS.", outcome.name(), outcome.entries()), false);
			setInputWithNotify(CohortEditorInput.saved(dataset, outcome.name(), cohort));
			setPartName(getEditorInput().getName());
			dirty = false;
			firePropertyChange(PROP_DIRTY);
			IEventBroker events = getSite().getService(IEventBroker.class);
			if (events != null) {
				events.post(DatasetsTopics.REFRESH, dataset.name());
			}
		})).schedule();
	}

	@Override
	public void doSaveAs() {
		// Save asks for nothing: the name field is the name it saves under
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		criteria.viewer().getTree().setFocus();
	}
}
