package org.chartroom.cohort.sql;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.Criterion;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * Compiles a cohort into SQL of a store's dialect through the clinical semantics of a dataset's model:
 * the entry stay table by its {@link StaySemantics#getLevel() level}, the patient table, the event
 * tables by name. Every value is a bound parameter; every identifier comes from the model. Anything
 * that does not fit the model is an {@link InvalidCohortException} before any SQL exists.
 */
public final class CohortCompiler {

	private final ClinicalModel model;

	/** @param schema the model of the dataset ({@code Connector.schemaOf(info)}) */
	public CohortCompiler(Dataset schema, SqlDialect dialect) {
		this.model = new ClinicalModel(schema, dialect);
	}

	public CompiledCohort compile(Cohort cohort) throws InvalidCohortException {
		String level = cohort.getEntryLevel();
		if (level == null || level.isBlank()) {
			throw InvalidCohortException.at("entry", "entryLevel", "no entry event is given (stay levels: " + model.stayLevels() + ")");
		}
		Table entry = model.stayOfLevel(level).orElseThrow(() -> InvalidCohortException.at("entry", "entryLevel",
				FieldValues.quoted(level) + " is no stay level of the dataset's model (stay levels: " + model.stayLevels() + ")"));
		Table patients = model.patientTable().orElseThrow(
				() -> InvalidCohortException.at("entry", "entryLevel", "the dataset's model names no patient table"));
		StaySemantics stay = ClinicalModel.stay(entry);
		String e = CriterionCompiler.ENTRY;
		String p = CriterionCompiler.PATIENT;
		String end = stay.getEndColumn() == null ? "CAST(NULL AS TIMESTAMP)" : model.name(e, stay.getEndColumn());
		String from = "SELECT " + model.name(e, stay.getIdColumn()) + " AS ENTRY_ID, " + model.name(e, stay.getPatientColumn())
				+ " AS PATIENT_ID, " + model.name(e, stay.getStartColumn()) + " AS ENTRY_START, " + end + " AS ENTRY_END FROM "
				+ model.name(entry) + " " + e + " JOIN " + model.name(patients) + " " + p + " ON "
				+ model.name(p, ClinicalModel.patient(patients).getIdColumn()) + " = " + model.name(e, stay.getPatientColumn());
		CriterionCompiler criteria = new CriterionCompiler(model, entry, patients);
		List<String> labels = new ArrayList<>();
		List<SqlPart> conditions = new ArrayList<>();
		for (int i = 0; i < cohort.getCriteria().size(); i++) {
			Criterion criterion = cohort.getCriteria().get(i);
			conditions.add(criteria.compile(criterion, Integer.toString(i + 1)));
			labels.add(CriterionLabels.of(criterion));
		}
		String entryLabel = stay.getLabel() != null ? stay.getLabel() : entry.getName();
		return new CompiledCohort(entryLabel, from, labels, conditions);
	}
}
