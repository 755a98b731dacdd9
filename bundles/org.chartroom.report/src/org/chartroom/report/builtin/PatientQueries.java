package org.chartroom.report.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportException;

/**
 * The SQL of the patient summary for one patient (an id literal already checked to exist):
 * demographics, stays, the main vitals of the first intensive-care stay, labs, medications and
 * diagnoses, each found through the model's semantics.
 */
final class PatientQueries {

	/** How many of the concepts charted most often in the first ICU stay count as its main vitals. */
	static final int VITALS = 4;

	private final Roles roles;
	private final String patient;

	PatientQueries(Roles roles, String patientLiteral) {
		this.roles = roles;
		this.patient = patientLiteral;
	}

	/** PATIENT, SEX, BIRTH, DEATH, AGE: age at the first top-level stay, ">89" as MIMIC shifts it. */
	String demographics() throws ReportException {
		PatientSemantics semantics = roles.patient();
		String id = roles.column("P", semantics.getIdColumn());
		String sex = semantics.getSexColumn() == null ? "CAST(NULL AS VARCHAR(1))" : roles.column("P", semantics.getSexColumn());
		String birth = semantics.getBirthDateColumn() == null ? "NULL" : roles.column("P", semantics.getBirthDateColumn());
		String death = roles.deathDate("P").orElse("NULL");
		String ages = PopulationQueries.of(roles, List.of(patient)).ageAtFirstStay();
		String shownId = SqlText.asText(id, semantics.getIdColumn()); // an id, not a quantity: no digit grouping
		return "SELECT " + shownId + " AS PATIENT, " + sex + " AS SEX, " + birth + " AS BIRTH, " + death + " AS DEATH,"
				+ " CASE WHEN A.AGE IS NULL THEN NULL WHEN A.AGE > 89 THEN '>89' ELSE TRIM(CAST(A.AGE AS CHAR(3))) END AS AGE"
				+ " FROM " + roles.name(roles.patientTable()) + " P JOIN (" + ages + ") AS A ON A.PID = " + id
				+ " WHERE " + id + " = " + patient;
	}

	/** KIND, STAY_ID, STARTED, ENDED, LOS_DAYS for every stay of the patient, in time order. */
	String stays() {
		List<String> parts = new ArrayList<>();
		for (Table table : roles.stays()) {
			StaySemantics stay = Roles.stay(table);
			String start = roles.column("S", stay.getStartColumn());
			String end = stay.getEndColumn() == null ? "CAST(NULL AS TIMESTAMP)" : roles.column("S", stay.getEndColumn());
			String days = stay.getEndColumn() == null ? "CAST(NULL AS DOUBLE)" : "CAST(" + SqlText.hoursBetween(start, end) + " AS DOUBLE) / 24";
			parts.add("SELECT " + SqlText.literal(Roles.label(table)) + " AS KIND, CAST(" + roles.column("S", stay.getIdColumn())
					+ " AS BIGINT) AS STAY_ID, " + start + " AS STARTED, " + end + " AS ENDED, " + days + " AS LOS_DAYS FROM "
					+ roles.name(table) + " S WHERE " + roles.column("S", stay.getPatientColumn()) + " = " + patient);
		}
		return parts.isEmpty() ? none("KIND, STAY_ID, STARTED, ENDED, LOS_DAYS")
				: "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") AS S ORDER BY STARTED, KIND";
	}

	/**
	 * CHARTED, VITAL, VALUE: the numeric values, during the first ICU stay, of the {@value #VITALS}
	 * concepts charted most often in it whose value changes (a constant is a setting, such as an alarm limit). Which concepts are vitals is read from the data, not a list
	 * of item ids, so it works whatever the dictionary.
	 */
	String vitals(ReportContext context) throws ReportException {
		Optional<Table> icu = roles.innerStays();
		List<Table> charts = roles.events(Set.of("chart", "measurement", "vital")).stream()
				.filter(t -> Roles.event(t).getNumericValueColumn() != null && Roles.event(t).getTimeColumn() != null
						&& Roles.event(t).getConceptColumn() != null)
				.toList();
		if (icu.isEmpty() || charts.isEmpty()) {
			return none("CHARTED, VITAL, VALUE");
		}
		Table stays = icu.get();
		StaySemantics stay = Roles.stay(stays);
		Table events = charts.get(0);
		EventSemantics event = Roles.event(events);
		Optional<String> firstStay = first(context, "SELECT " + roles.column("S", stay.getIdColumn()) + " FROM " + roles.name(stays)
				+ " S WHERE " + roles.column("S", stay.getPatientColumn()) + " = " + patient + " ORDER BY "
				+ roles.column("S", stay.getStartColumn()) + " FETCH FIRST 1 ROWS ONLY");
		if (firstStay.isEmpty() || stay.getEndColumn() == null) {
			return none("CHARTED, VITAL, VALUE");
		}
		String window = " FROM " + roles.name(events) + " E JOIN " + roles.name(stays) + " S ON "
				+ roles.column("S", stay.getIdColumn()) + " = " + firstStay.get() + " WHERE "
				+ roles.column("E", event.getPatientColumn()) + " = " + patient + " AND "
				+ roles.column("E", event.getNumericValueColumn()) + " IS NOT NULL AND " + roles.column("E", event.getTimeColumn())
				+ " BETWEEN " + roles.column("S", stay.getStartColumn()) + " AND " + roles.column("S", stay.getEndColumn());
		// values that never change over the stay are settings (alarm limits, flags), not vitals
		String value = roles.column("E", event.getNumericValueColumn());
		List<String> concepts = all(context, "SELECT " + roles.column("E", event.getConceptColumn()) + window + " GROUP BY "
				+ roles.column("E", event.getConceptColumn()) + " HAVING MIN(" + value + ") < MAX(" + value + ") ORDER BY COUNT(*) DESC, " + roles.column("E", event.getConceptColumn())
				+ " FETCH FIRST " + VITALS + " ROWS ONLY", event.getConceptColumn());
		String concept = roles.column("E", event.getConceptColumn());
		String label = SqlText.asText(concept, event.getConceptColumn());
		String join = "";
		if (event.getDictionary() != null) {
			label = "COALESCE(" + roles.column("D", event.getDictionary().getLabelColumn()) + ", " + label + ")";
			join = " LEFT JOIN " + roles.name(event.getDictionary().getDictionaryTable()) + " D ON "
					+ roles.column("D", event.getDictionary().getKeyColumn()) + " = " + concept;
		}
		String from = window.replaceFirst(" WHERE ", join + " WHERE ");
		return "SELECT " + roles.column("E", event.getTimeColumn()) + " AS CHARTED, " + label + " AS VITAL, "
				+ roles.column("E", event.getNumericValueColumn()) + " AS VALUE" + from + " AND " + SqlText.in(concept, concepts)
				+ " ORDER BY CHARTED, VITAL";
	}

	/** LABEL, UNIT, TESTS, LOWEST, HIGHEST, FIRST_TIME, LAST_TIME per lab test of the patient. */
	String labs() {
		List<Table> labs = roles.events(Set.of("lab", "measurement")).stream()
				.filter(t -> Roles.event(t).getConceptColumn() != null).toList();
		if (labs.isEmpty()) {
			return none("LABEL, UNIT, TESTS, LOWEST, HIGHEST, FIRST_TIME, LAST_TIME");
		}
		Table table = labs.get(0);
		EventSemantics event = Roles.event(table);
		String label = labelled(event);
		String unit = event.getUnitColumn() == null ? "CAST(NULL AS VARCHAR(1))" : roles.column("E", event.getUnitColumn());
		String value = event.getNumericValueColumn() == null ? "CAST(NULL AS DOUBLE)" : roles.column("E", event.getNumericValueColumn());
		String time = event.getTimeColumn() == null ? "CAST(NULL AS TIMESTAMP)" : roles.column("E", event.getTimeColumn());
		return "SELECT LABEL, UNIT, COUNT(*) AS TESTS, MIN(VAL) AS LOWEST, MAX(VAL) AS HIGHEST, MIN(T) AS FIRST_TIME, MAX(T) AS LAST_TIME"
				+ " FROM (SELECT " + label + " AS LABEL, " + unit + " AS UNIT, " + value + " AS VAL, " + time + " AS T FROM "
				+ roles.name(table) + " E" + dictionaryJoin(event) + " WHERE " + roles.column("E", event.getPatientColumn()) + " = "
				+ patient + ") AS L GROUP BY LABEL, UNIT ORDER BY LABEL, UNIT";
	}

	/** DRUG, ORDERS, FIRST_TIME, LAST_TIME per medication of the patient. */
	String medications() {
		List<Table> drugs = roles.events(Set.of("prescription", "drug")).stream()
				.filter(t -> Roles.event(t).getConceptColumn() != null).toList();
		if (drugs.isEmpty()) {
			return none("DRUG, ORDERS, FIRST_TIME, LAST_TIME");
		}
		Table table = drugs.get(0);
		EventSemantics event = Roles.event(table);
		String start = event.getTimeColumn() == null ? "CAST(NULL AS TIMESTAMP)" : roles.column("E", event.getTimeColumn());
		String end = event.getEndTimeColumn() == null ? start : roles.column("E", event.getEndTimeColumn());
		return "SELECT DRUG, COUNT(*) AS ORDERS, MIN(T0) AS FIRST_TIME, MAX(T1) AS LAST_TIME FROM (SELECT " + labelled(event)
				+ " AS DRUG, " + start + " AS T0, " + end + " AS T1 FROM " + roles.name(table) + " E" + dictionaryJoin(event)
				+ " WHERE " + roles.column("E", event.getPatientColumn()) + " = " + patient
				+ ") AS M GROUP BY DRUG ORDER BY FIRST_TIME, DRUG";
	}

	/** STAY_ID, CODE, LABEL per diagnosis of the patient. */
	String diagnoses() {
		List<Table> diagnoses = roles.events(PopulationQueries.DIAGNOSES).stream()
				.filter(t -> Roles.event(t).getConceptColumn() != null).toList();
		if (diagnoses.isEmpty()) {
			return none("STAY_ID, CODE, LABEL");
		}
		Table table = diagnoses.get(0);
		EventSemantics event = Roles.event(table);
		String stay = event.getStayColumn() == null ? "CAST(NULL AS BIGINT)" : "CAST(" + roles.column("E", event.getStayColumn()) + " AS BIGINT)";
		return "SELECT " + stay + " AS STAY_ID, " + SqlText.asText(roles.column("E", event.getConceptColumn()), event.getConceptColumn())
				+ " AS CODE, " + labelled(event) + " AS LABEL FROM " + roles.name(table) + " E" + dictionaryJoin(event) + " WHERE "
				+ roles.column("E", event.getPatientColumn()) + " = " + patient + " ORDER BY STAY_ID, CODE";
	}

	/** The concept's label from the dictionary, else the concept itself. */
	private String labelled(EventSemantics event) {
		String concept = SqlText.asText(roles.column("E", event.getConceptColumn()), event.getConceptColumn());
		return event.getDictionary() == null ? concept
				: "COALESCE(" + roles.column("D", event.getDictionary().getLabelColumn()) + ", " + concept + ")";
	}

	private String dictionaryJoin(EventSemantics event) {
		return event.getDictionary() == null ? ""
				: " LEFT JOIN " + roles.name(event.getDictionary().getDictionaryTable()) + " D ON "
						+ roles.column("D", event.getDictionary().getKeyColumn()) + " = " + roles.column("E", event.getConceptColumn());
	}

	/** A query with these columns and no row. */
	private String none(String columns) {
		StringBuilder select = new StringBuilder();
		for (String column : columns.split(",\\s*")) {
			select.append(select.isEmpty() ? "" : ", ").append("CAST(NULL AS VARCHAR(1)) AS ").append(column);
		}
		return "SELECT " + select + " FROM " + roles.nameOrNone() + " WHERE 1 = 0";
	}

	private Optional<String> first(ReportContext context, String sql) throws ReportException {
		List<Object> values = values(context, sql);
		return values.isEmpty() ? Optional.empty() : Optional.of(literal(values.get(0)));
	}

	private List<String> all(ReportContext context, String sql, Column column) throws ReportException {
		return values(context, sql).stream().map(PatientQueries::literal).toList();
	}

	private static String literal(Object value) {
		return value instanceof Number n ? Long.toString(n.longValue()) : "'" + String.valueOf(value).replace("'", "''") + "'";
	}

	private static List<Object> values(ReportContext context, String sql) throws ReportException {
		List<Object> values = new ArrayList<>();
		try {
			context.workspace().query(context.dataset().name(), sql, 0, new RowHandler() {
				@Override
				public void columns(List<ResultColumn> columns) {
					// the first column
				}

				@Override
				public void row(Object[] row) {
					values.add(row[0]);
				}
			}, null);
		} catch (StoreException e) {
			throw new ReportException("Cannot read the patient's data: " + e.getMessage(), e);
		}
		return values;
	}
}
