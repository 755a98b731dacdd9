package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Pages through the patients of a dataset, filtered and sorted in the database. One derived table
 * gives each patient's sex, birth, death, first top-level stay, stay counts and age at that stay;
 * filters, order and {@code OFFSET}/{@code FETCH} apply to it, and a second query counts it.
 */
final class PatientList {

	private final Workspace workspace;
	private final ClinicalRoles roles;
	private final SqlNames names;

	PatientList(Workspace workspace, ClinicalRoles roles) {
		this.workspace = workspace;
		this.roles = roles;
		this.names = new SqlNames(workspace.dialect());
	}

	PatientPage page(String dataset, PatientFilter filter, IProgressMonitor monitor) throws StoreException {
		List<Object> parameters = new ArrayList<>();
		String where = where(filter, parameters);
		CollectedRows count = new CollectedRows();
		workspace.query(dataset, "SELECT COUNT(*) FROM (" + patientsSql() + ") AS L" + where, parameters, 0, count, monitor);
		long total = RowValues.count(count.rows().get(0)[0]);

		String order = " ORDER BY " + filter.sort().column + (filter.descending() ? " DESC" : "")
				+ (filter.sort() == PatientSort.ID ? "" : ", PATIENT_ID");
		List<Object> pageParameters = new ArrayList<>(parameters);
		pageParameters.add(filter.offset());
		pageParameters.add(filter.limit());
		CollectedRows rows = new CollectedRows();
		workspace.query(dataset, "SELECT PATIENT_ID, SEX, AGE, FIRST_START, DEATH, STAYS, ICU_STAYS FROM (" + patientsSql()
				+ ") AS L" + where + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", pageParameters, 0, rows, monitor);
		List<PatientListItem> items = new ArrayList<>();
		for (Object[] row : rows.rows()) {
			items.add(new PatientListItem(row[0], RowValues.text(row[1]),
					row[2] == null ? Optional.empty() : Optional.of(new Age(RowValues.count(row[2]))), RowValues.time(row[3]),
					RowValues.time(row[4]), RowValues.count(row[5]), RowValues.count(row[6])));
		}
		return new PatientPage(items, filter.offset(), total);
	}

	/** The distinct values of the sex column, for a filter's choices; empty when the model names none. */
	List<String> sexes(String dataset, IProgressMonitor monitor) throws StoreException {
		Column sex = roles.patient().getSexColumn();
		if (sex == null) {
			return List.of();
		}
		CollectedRows rows = new CollectedRows();
		workspace.query(dataset, "SELECT DISTINCT " + names.of(sex) + " FROM " + names.of(roles.patientTable()) + " WHERE "
				+ names.of(sex) + " IS NOT NULL ORDER BY 1", List.of(), 0, rows, monitor);
		return rows.rows().stream().map(r -> RowValues.text(r[0]).orElseThrow()).toList();
	}

	private String where(PatientFilter filter, List<Object> parameters) {
		List<String> conditions = new ArrayList<>();
		filter.idPrefix().ifPresent(prefix -> {
			conditions.add(PatientIds.isNumeric(roles.patient().getIdColumn())
					? "RTRIM(CAST(PATIENT_ID AS CHAR(40))) LIKE ?" : "PATIENT_ID LIKE ?");
			parameters.add(prefix.replace("%", "").replace("_", "") + "%");
		});
		filter.sex().ifPresent(sex -> {
			conditions.add("SEX = ?");
			parameters.add(sex);
		});
		filter.minAge().ifPresent(age -> {
			conditions.add("AGE >= ?");
			parameters.add(age);
		});
		filter.maxAge().ifPresent(age -> {
			conditions.add("AGE <= ?");
			parameters.add(age);
		});
		filter.hasIcuStay().ifPresent(icu -> conditions.add(icu ? "ICU_STAYS > 0" : "ICU_STAYS = 0"));
		filter.died().ifPresent(died -> conditions.add(died ? "DEATH IS NOT NULL" : "DEATH IS NULL"));
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** One row per patient with the columns the list filters and sorts on. */
	String patientsSql() {
		PatientSemantics patient = roles.patient();
		String id = names.of("p", patient.getIdColumn());
		String birth = patient.getBirthDateColumn() == null ? "CAST(NULL AS TIMESTAMP)" : names.of("p", patient.getBirthDateColumn());
		String sex = patient.getSexColumn() == null ? "CAST(NULL AS VARCHAR(1))" : names.of("p", patient.getSexColumn());
		String death = roles.deathDate(names, "p").orElse("CAST(NULL AS TIMESTAMP)");
		StringBuilder sql = new StringBuilder("SELECT ").append(id).append(" AS PATIENT_ID, ").append(sex).append(" AS SEX, ")
				.append(death).append(" AS DEATH, ");
		List<Table> top = roles.topLevelStays();
		List<Table> icu = roles.nestedStays();
		if (top.isEmpty()) {
			sql.append("CAST(NULL AS TIMESTAMP) AS FIRST_START, 0 AS STAYS, CAST(NULL AS INTEGER) AS AGE, ");
		} else {
			sql.append("f.FIRST_START, COALESCE(f.N, 0) AS STAYS, ")
					.append(patient.getBirthDateColumn() == null ? "CAST(NULL AS INTEGER)"
							: "{fn TIMESTAMPDIFF(SQL_TSI_YEAR, " + birth + ", f.FIRST_START)}")
					.append(" AS AGE, ");
		}
		sql.append(icu.isEmpty() ? "0" : "COALESCE(i.N, 0)").append(" AS ICU_STAYS FROM ").append(names.of(roles.patientTable()))
				.append(" p");
		if (!top.isEmpty()) {
			StaySemantics stay = ClinicalRoles.stay(top.get(0));
			sql.append(" LEFT JOIN (SELECT ").append(names.of(stay.getPatientColumn())).append(" AS PID, MIN(")
					.append(names.of(stay.getStartColumn())).append(") AS FIRST_START, COUNT(*) AS N FROM ").append(names.of(top.get(0)))
					.append(" GROUP BY ").append(names.of(stay.getPatientColumn())).append(") f ON f.PID = ").append(id);
		}
		if (!icu.isEmpty()) {
			StaySemantics stay = ClinicalRoles.stay(icu.get(0));
			sql.append(" LEFT JOIN (SELECT ").append(names.of(stay.getPatientColumn())).append(" AS PID, COUNT(*) AS N FROM ")
					.append(names.of(icu.get(0))).append(" GROUP BY ").append(names.of(stay.getPatientColumn())).append(") i ON i.PID = ")
					.append(id);
		}
		return sql.toString();
	}
}
