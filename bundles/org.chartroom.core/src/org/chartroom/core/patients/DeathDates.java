package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.Table;

/**
 * Where a dataset keeps its patients' dates of death, read from the model: the patient table's
 * death column where the model names one (MIMIC-III's DOD), else the earliest time of the patient's
 * events of the {@value #DEATH_DOMAIN} domain (OMOP's death table). The patient browser, cohorts and
 * reports all ask here, so that "died" means the same everywhere.
 */
public final class DeathDates {

	public static final String DEATH_DOMAIN = "death";

	private DeathDates() {
	}

	/**
	 * SQL for the date of death of the patient-table row aliased {@code alias}; empty when the model
	 * has no patient table, no death column and no death events.
	 */
	public static Optional<String> sql(Dataset schema, SqlDialect dialect, String alias) {
		Optional<Table> patients = schema.getTables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics)
				.findFirst();
		List<Table> events = schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics).toList();
		return patients.flatMap(table -> sql(table, events, new SqlNames(dialect), alias));
	}

	static Optional<String> sql(Table patientTable, List<Table> eventTables, SqlNames names, String alias) {
		PatientSemantics patient = (PatientSemantics) patientTable.getSemantics();
		if (patient.getDeathDateColumn() != null) {
			return Optional.of(names.of(alias, patient.getDeathDateColumn()));
		}
		String id = names.of(alias, patient.getIdColumn());
		List<String> dates = new ArrayList<>();
		for (Table table : eventTables) {
			if (table.getSemantics() instanceof EventSemantics death && DEATH_DOMAIN.equalsIgnoreCase(death.getDomain())
					&& death.getTimeColumn() != null) {
				dates.add("(SELECT MIN(" + names.of("d", death.getTimeColumn()) + ") FROM " + names.of(table) + " d WHERE "
						+ names.of("d", death.getPatientColumn()) + " = " + id + ")");
			}
		}
		return switch (dates.size()) {
			case 0 -> Optional.empty();
			case 1 -> Optional.of(dates.get(0));
			default -> Optional.of("COALESCE(" + String.join(", ", dates) + ")");
		};
	}
}
