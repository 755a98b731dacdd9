package org.chartroom.report.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.report.ReportException;

/**
 * The SQL of the overview and cohort reports, per clinical role: demographics from the patient
 * table, stays and lengths of stay from the stay tables, diagnoses and measurements from the event
 * tables and their dictionaries. A scope limits every query to some patients (a cohort), or to none.
 */
final class PopulationQueries {

	/** Event domains whose numeric values count as measurements. */
	static final Set<String> MEASURED = Set.of("chart", "lab", "measurement", "vital");
	static final Set<String> DIAGNOSES = Set.of("diagnosis", "condition");

	private final Roles roles;
	/** Turns a patient id column into the condition that keeps the scope's patients; empty for all. */
	private final Optional<UnaryOperator<String>> scope;

	private PopulationQueries(Roles roles, Optional<UnaryOperator<String>> scope) {
		this.roles = roles;
		this.scope = scope;
	}

	/** Queries over every patient of the dataset. */
	static PopulationQueries all(Roles roles) {
		return new PopulationQueries(roles, Optional.empty());
	}

	/** Queries over these patients only (SQL literals of their ids). */
	static PopulationQueries of(Roles roles, List<String> patientLiterals) {
		return new PopulationQueries(roles, Optional.of(column -> SqlText.in(column, patientLiterals)));
	}

	/**
	 * Queries over the members of a saved cohort, read from the cohort table inside the dataset (a
	 * sub-query rather than a list of ids: a cohort may hold thousands of patients).
	 */
	static PopulationQueries ofSavedCohort(Roles roles, String membersTable, String cohortName) {
		String members = "SELECT PATIENT_ID FROM " + membersTable + " WHERE COHORT_NAME = " + SqlText.literal(cohortName);
		return new PopulationQueries(roles, Optional.of(column -> column + " IN (" + members + ")"));
	}

	/** {@code AND <condition>} when scoped, else nothing. */
	private String scope(String patientColumn) {
		return scope.map(condition -> " AND " + condition.apply(patientColumn)).orElse("");
	}

	/** SEX, PATIENTS. */
	String patientsBySex() throws ReportException {
		PatientSemantics patient = roles.patient();
		String sex = patient.getSexColumn() == null ? "NULL" : roles.column("P", patient.getSexColumn());
		String sexText = patient.getSexColumn() == null ? "CAST(NULL AS VARCHAR(1))" : SqlText.asText(sex, patient.getSexColumn());
		return "SELECT SEX, COUNT(*) AS PATIENTS FROM (SELECT COALESCE(" + sexText + ", " + SqlText.literal("unknown")
				+ ") AS SEX FROM " + roles.name(roles.patientTable()) + " P WHERE 1 = 1" + scope(roles.column("P", patient.getIdColumn()))
				+ ") AS S GROUP BY SEX ORDER BY SEX";
	}

	/** AGE_GROUP, PATIENTS: age at the first top-level stay, in groups; over 89 as MIMIC shows it. */
	String patientsByAgeGroup() throws ReportException {
		String age = ageAtFirstStay();
		String group = "CASE WHEN AGE IS NULL THEN 'unknown' WHEN AGE < 18 THEN '0-17' WHEN AGE < 40 THEN '18-39'"
				+ " WHEN AGE < 60 THEN '40-59' WHEN AGE < 80 THEN '60-79' WHEN AGE <= 89 THEN '80-89' ELSE '>89' END";
		String order = "CASE WHEN AGE IS NULL THEN 9 WHEN AGE < 18 THEN 1 WHEN AGE < 40 THEN 2 WHEN AGE < 60 THEN 3"
				+ " WHEN AGE < 80 THEN 4 WHEN AGE <= 89 THEN 5 ELSE 6 END";
		return "SELECT AGE_GROUP, COUNT(*) AS PATIENTS FROM (SELECT " + group + " AS AGE_GROUP, " + order
				+ " AS GROUP_ORDER FROM (" + age + ") AS A) AS G GROUP BY AGE_GROUP, GROUP_ORDER ORDER BY GROUP_ORDER";
	}

	/** PID, AGE: each patient's age in whole years at the start of the first top-level stay. */
	String ageAtFirstStay() throws ReportException {
		PatientSemantics patient = roles.patient();
		Table stays = roles.topStays();
		StaySemantics stay = Roles.stay(stays);
		String id = roles.column("P", patient.getIdColumn());
		String first = "SELECT " + roles.column("S", stay.getPatientColumn()) + " AS PID, MIN(" + roles.column("S", stay.getStartColumn())
				+ ") AS FIRST_START FROM " + roles.name(stays) + " S GROUP BY " + roles.column("S", stay.getPatientColumn());
		String age;
		Column birth = patient.getBirthDateColumn();
		if (birth == null) {
			age = "CAST(NULL AS INTEGER)";
		} else if (SqlText.isWholeNumber(birth)) {
			age = SqlText.year("F.FIRST_START") + " - " + roles.column("P", birth); // a year of birth
		} else {
			age = SqlText.yearsBetween(roles.column("P", birth), "F.FIRST_START");
		}
		return "SELECT " + id + " AS PID, " + age + " AS AGE FROM " + roles.name(roles.patientTable()) + " P LEFT JOIN (" + first
				+ ") AS F ON F.PID = " + id + " WHERE 1 = 1" + scope(id);
	}

	/** STAY_YEAR, STAYS: top-level stays (admissions, visits) per year of their start. */
	String staysPerYear() throws ReportException {
		Table stays = roles.topStays();
		StaySemantics stay = Roles.stay(stays);
		return "SELECT STAY_YEAR, COUNT(*) AS STAYS FROM (SELECT " + SqlText.year(roles.column("S", stay.getStartColumn()))
				+ " AS STAY_YEAR FROM " + roles.name(stays) + " S WHERE 1 = 1" + scope(roles.column("S", stay.getPatientColumn()))
				+ ") AS Y GROUP BY STAY_YEAR ORDER BY STAY_YEAR";
	}

	/** KIND, STAYS, PATIENTS, MEAN_LOS_DAYS, DIED_... per stay table. */
	String stays() {
		List<String> parts = new ArrayList<>();
		for (Table table : roles.stays()) {
			StaySemantics stay = Roles.stay(table);
			String hours = stay.getEndColumn() == null ? "CAST(NULL AS DOUBLE)"
					: "CAST(" + SqlText.hoursBetween(roles.column("S", stay.getStartColumn()), roles.column("S", stay.getEndColumn()))
							+ " AS DOUBLE)";
			parts.add("SELECT " + SqlText.literal(Roles.label(table)) + " AS KIND, COUNT(*) AS STAYS, COUNT(DISTINCT "
					+ roles.column("S", stay.getPatientColumn()) + ") AS PATIENTS, AVG(" + hours + ") / 24 AS MEAN_LOS_DAYS FROM "
					+ roles.name(table) + " S WHERE 1 = 1" + scope(roles.column("S", stay.getPatientColumn())));
		}
		return parts.isEmpty() ? "SELECT CAST(NULL AS VARCHAR(1)) AS KIND, 0 AS STAYS, 0 AS PATIENTS, CAST(NULL AS DOUBLE) AS MEAN_LOS_DAYS FROM "
				+ roles.nameOrNone() + " WHERE 1 = 0" : String.join(" UNION ALL ", parts);
	}

	/** KIND, LOS_GROUP, STAYS: stays by length, per stay table. */
	String lengthOfStay() {
		List<String> parts = new ArrayList<>();
		int kind = 0;
		for (Table table : roles.stays()) {
			StaySemantics stay = Roles.stay(table);
			if (stay.getEndColumn() == null) {
				continue;
			}
			String hours = SqlText.hoursBetween(roles.column("S", stay.getStartColumn()), roles.column("S", stay.getEndColumn()));
			parts.add("SELECT " + SqlText.literal(Roles.label(table)) + " AS KIND, " + kind + " AS KIND_ORDER, " + hours + " AS HOURS FROM "
					+ roles.name(table) + " S WHERE 1 = 1" + scope(roles.column("S", stay.getPatientColumn())));
			kind++;
		}
		String group = "CASE WHEN HOURS IS NULL THEN 'unknown' WHEN HOURS < 24 THEN '< 1 day' WHEN HOURS < 72 THEN '1-2 days'"
				+ " WHEN HOURS < 168 THEN '3-6 days' WHEN HOURS < 336 THEN '7-13 days' WHEN HOURS < 720 THEN '14-29 days' ELSE '30+ days' END";
		String order = "CASE WHEN HOURS IS NULL THEN 9 WHEN HOURS < 24 THEN 1 WHEN HOURS < 72 THEN 2 WHEN HOURS < 168 THEN 3"
				+ " WHEN HOURS < 336 THEN 4 WHEN HOURS < 720 THEN 5 ELSE 6 END";
		if (parts.isEmpty()) {
			return "SELECT CAST(NULL AS VARCHAR(1)) AS KIND, CAST(NULL AS VARCHAR(1)) AS LOS_GROUP, 0 AS STAYS FROM "
					+ roles.nameOrNone() + " WHERE 1 = 0";
		}
		return "SELECT KIND, LOS_GROUP, COUNT(*) AS STAYS FROM (SELECT KIND, KIND_ORDER, " + group + " AS LOS_GROUP, " + order
				+ " AS GROUP_ORDER FROM (" + String.join(" UNION ALL ", parts) + ") AS H) AS G"
				+ " GROUP BY KIND_ORDER, KIND, GROUP_ORDER, LOS_GROUP ORDER BY GROUP_ORDER, KIND_ORDER";
	}

	/** PATIENTS, DIED: patients, and those with a date of death (on the patient's row or a death event). */
	String mortality() throws ReportException {
		PatientSemantics patient = roles.patient();
		String died = roles.deathDate("P").map(date -> "CASE WHEN " + date + " IS NOT NULL THEN 1 ELSE 0 END").orElse("0");
		// Summed over a derived table: the death date may be a sub-query, which Derby allows in no aggregate.
		return "SELECT COUNT(*) AS PATIENTS, COALESCE(SUM(DIED), 0) AS DIED FROM (SELECT " + died + " AS DIED FROM "
				+ roles.name(roles.patientTable()) + " P WHERE 1 = 1" + scope(roles.column("P", patient.getIdColumn())) + ") AS M";
	}

	/** CODE, LABEL, PATIENTS: the 20 diagnoses most patients have, named through the dictionary. */
	String topDiagnoses() {
		return topConcepts(roles.events(DIAGNOSES), false);
	}

	/** DOMAIN, CODE, LABEL, PATIENTS: the 20 measured concepts most patients have a numeric value of. */
	String topMeasurements() {
		return topConcepts(roles.events(MEASURED), true);
	}

	private String topConcepts(List<Table> tables, boolean numericOnly) {
		List<String> parts = new ArrayList<>();
		for (Table table : tables) {
			EventSemantics event = Roles.event(table);
			if (event.getConceptColumn() == null || (numericOnly && event.getNumericValueColumn() == null)) {
				continue;
			}
			String code = SqlText.asText(roles.column("E", event.getConceptColumn()), event.getConceptColumn());
			String label = "CAST(NULL AS VARCHAR(1))";
			String join = "";
			if (event.getDictionary() != null) {
				label = SqlText.asText(roles.column("D", event.getDictionary().getLabelColumn()), event.getDictionary().getLabelColumn());
				join = " LEFT JOIN " + roles.name(event.getDictionary().getDictionaryTable()) + " D ON "
						+ roles.column("D", event.getDictionary().getKeyColumn()) + " = " + roles.column("E", event.getConceptColumn());
			}
			String where = " WHERE 1 = 1" + (numericOnly ? " AND " + roles.column("E", event.getNumericValueColumn()) + " IS NOT NULL" : "")
					+ scope(roles.column("E", event.getPatientColumn()));
			parts.add("SELECT " + SqlText.literal(event.getDomain()) + " AS DOMAIN, " + code + " AS CODE, " + label + " AS LABEL, "
					+ roles.column("E", event.getPatientColumn()) + " AS PID FROM " + roles.name(table) + " E" + join + where);
		}
		if (parts.isEmpty()) {
			return "SELECT CAST(NULL AS VARCHAR(1)) AS DOMAIN, CAST(NULL AS VARCHAR(1)) AS CODE, CAST(NULL AS VARCHAR(1)) AS LABEL, 0 AS PATIENTS FROM "
					+ roles.nameOrNone() + " WHERE 1 = 0";
		}
		return "SELECT DOMAIN, CODE, COALESCE(LABEL, CODE) AS LABEL, PATIENTS FROM (SELECT DOMAIN, CODE, LABEL, COUNT(DISTINCT PID) AS PATIENTS FROM ("
				+ String.join(" UNION ALL ", parts) + ") AS E GROUP BY DOMAIN, CODE, LABEL) AS C"
				+ " ORDER BY PATIENTS DESC, DOMAIN, CODE FETCH FIRST 20 ROWS ONLY";
	}

	/** Whether any of these tables exist, for designs that hide a section otherwise. */
	Optional<Table> anyDiagnosisTable() {
		return roles.events(DIAGNOSES).stream().findFirst();
	}
}
