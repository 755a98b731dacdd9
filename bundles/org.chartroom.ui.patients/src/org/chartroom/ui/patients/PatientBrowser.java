package org.chartroom.ui.patients;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.patients.PatientDataException;
import org.chartroom.core.patients.Patients;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * What the Patients perspective of one workbench window browses: the dataset, the selected patient,
 * and requests to step to the previous or next patient of the list. The list and the record view
 * share it through the window's context; all calls come on the UI thread.
 */
public final class PatientBrowser {

	private final Workspace workspace;
	private final List<Consumer<BrowsedDataset>> datasetListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Object>> patientListeners = new CopyOnWriteArrayList<>();
	private final List<IntConsumer> stepListeners = new CopyOnWriteArrayList<>();
	private Optional<BrowsedDataset> dataset = Optional.empty();
	private Optional<Object> patient = Optional.empty();

	private PatientBrowser(Workspace workspace) {
		this.workspace = workspace;
	}

	/** The browser of the window whose context this is, made on first use. */
	public static PatientBrowser of(IEclipseContext windowContext) {
		PatientBrowser browser = windowContext.getLocal(PatientBrowser.class);
		if (browser == null) {
			browser = new PatientBrowser(windowContext.get(Workspace.class));
			windowContext.set(PatientBrowser.class, browser);
		}
		return browser;
	}

	public Workspace workspace() {
		return workspace;
	}

	public Optional<BrowsedDataset> dataset() {
		return dataset;
	}

	public Optional<Object> patient() {
		return patient;
	}

	/**
	 * Browses a dataset through the model of its connector. Reads no data: the list loads its first
	 * page when it hears of the change.
	 *
	 * @throws PatientDataException when no installed connector has the dataset's source kind, or its model names no patients
	 */
	public void browse(DatasetInfo info) throws PatientDataException {
		if (dataset.map(d -> d.info().equals(info)).orElse(false)) {
			return;
		}
		Connector connector = InstalledConnectors.find(info.sourceKind())
				.orElseThrow(() -> new PatientDataException("No connector '" + info.sourceKind()
						+ "' is installed, so the patients of dataset " + info.name() + " cannot be read."));
		Dataset schema = connector.schemaOf(info);
		BrowsedDataset browsed = new BrowsedDataset(info, new Patients(workspace, info.name(), schema), schema);
		dataset = Optional.of(browsed);
		patient = Optional.empty();
		datasetListeners.forEach(l -> l.accept(browsed));
	}

	/** Shows a patient of the browsed dataset (its id as the patient table holds it). */
	public void select(Object patientId) {
		patient = Optional.of(patientId);
		patientListeners.forEach(l -> l.accept(patientId));
	}

	/** Asks the list to select the patient {@code delta} rows away (-1 previous, +1 next). */
	public void step(int delta) {
		stepListeners.forEach(l -> l.accept(delta));
	}

	public Runnable onDataset(Consumer<BrowsedDataset> listener) {
		datasetListeners.add(listener);
		return () -> datasetListeners.remove(listener);
	}

	public Runnable onPatient(Consumer<Object> listener) {
		patientListeners.add(listener);
		return () -> patientListeners.remove(listener);
	}

	public Runnable onStep(IntConsumer listener) {
		stepListeners.add(listener);
		return () -> stepListeners.remove(listener);
	}
}
