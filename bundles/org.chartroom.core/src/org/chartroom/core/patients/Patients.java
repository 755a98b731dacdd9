package org.chartroom.core.patients;

import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.ConceptSet;
import org.chartroom.model.warehouse.Dataset;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Patient-level data of one dataset, read through the clinical semantics of its connector's model
 * (patient, stay and event tables; time, concept, value and unit columns; dictionaries), so the same
 * calls serve MIMIC-III, OMOP and an institution's connector. Headless: the CLI's {@code patient} verb
 * and the patient browser both use it. Every query goes through {@link Workspace#query} with its
 * parameters bound; monitors may be null and cancel the running query.
 */
public final class Patients {

	private final String dataset;
	private final Dataset schema;
	private final ClinicalRoles roles;
	private final PatientList list;
	private final PatientSummaries summaries;
	private final PatientTimelines timelines;

	/**
	 * @param workspace the open workspace
	 * @param dataset   the dataset's name
	 * @param schema    the model of the connector the dataset came from
	 * @throws PatientDataException when the model names no patient table
	 */
	public Patients(Workspace workspace, String dataset, Dataset schema) throws PatientDataException {
		this.dataset = dataset;
		this.schema = schema;
		this.roles = ClinicalRoles.of(schema);
		this.list = new PatientList(workspace, roles);
		this.summaries = new PatientSummaries(workspace, roles);
		this.timelines = new PatientTimelines(workspace, roles);
	}

	/** One page of the patients the filter lets through. */
	public PatientPage list(PatientFilter filter, IProgressMonitor monitor) throws StoreException {
		return list.page(dataset, filter, monitor);
	}

	/** The values of the sex column, for a filter's choices. */
	public List<String> sexes(IProgressMonitor monitor) throws StoreException {
		return list.sexes(dataset, monitor);
	}

	/** The patient with that id, as a person typed it; empty when there is none. */
	public Optional<PatientSummary> summary(String id, IProgressMonitor monitor) throws StoreException {
		Optional<Object> typed = PatientIds.parse(roles.patient().getIdColumn(), id);
		return typed.isEmpty() ? Optional.empty() : summaries.read(dataset, typed.get(), monitor);
	}

	/** The patient with that id, as a list row holds it; empty when there is none. */
	public Optional<PatientSummary> summary(Object id, IProgressMonitor monitor) throws StoreException {
		return summaries.read(dataset, id, monitor);
	}

	/** All events of the patient, or of one of the patient's stays. */
	public Timeline timeline(PatientSummary patient, Optional<Stay> stay, IProgressMonitor monitor) throws StoreException {
		return timelines.read(dataset, patient.id(), stay, monitor);
	}

	/** The concept sets the model gives the role "vital" (the vital signs a timeline charts first). */
	public List<ConceptSet> vitalSigns() {
		return schema.getConceptSets().stream().filter(s -> "vital".equalsIgnoreCase(s.getRole())).toList();
	}

	/** How the model names the stays: "Admissions" and "ICU stays", "Visits" and "Visit details". */
	public StayKinds stayKinds() {
		return roles.stayKinds();
	}

	/** The id column's name, for messages such as "no patient with SUBJECT_ID 5". */
	public String idColumnName() {
		return roles.patient().getIdColumn().getName();
	}
}
