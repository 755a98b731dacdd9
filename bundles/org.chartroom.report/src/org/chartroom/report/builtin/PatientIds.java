package org.chartroom.report.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.StoreException;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportException;
import org.chartroom.report.ReportParameterException;

/**
 * Patient ids a user typed, checked against the patient id column's type and looked up in the
 * dataset, as SQL literals. Numbers are parsed, text is quoted: nothing typed reaches SQL as is.
 */
final class PatientIds {

	private PatientIds() {
	}

	/** The literals of the comma-separated ids in parameter {@code name}; each must be a patient of the dataset. */
	static List<String> require(String report, String name, String raw, Roles roles, ReportContext context)
			throws ReportException {
		Table patients = roles.patientTable();
		Column id = roles.patient().getIdColumn();
		Set<String> literals = new LinkedHashSet<>();
		for (String part : raw.split(",")) {
			String value = part.strip();
			if (value.isEmpty()) {
				continue;
			}
			literals.add(literal(report, name, id, value));
		}
		if (literals.isEmpty()) {
			throw new ReportParameterException("The parameter '" + name + "' of report '" + report + "' names no patient.");
		}
		List<String> unknown = new ArrayList<>(literals);
		unknown.removeAll(existing(roles, context, patients, id, List.copyOf(literals)));
		if (!unknown.isEmpty()) {
			throw new ReportException((unknown.size() == 1 ? "Unknown patient " : "Unknown patients ")
					+ String.join(", ", unknown.stream().map(PatientIds::shown).toList()) + " in dataset "
					+ context.dataset().name() + " (" + patients.getName() + "." + id.getName() + ").");
		}
		return List.copyOf(literals);
	}

	private static String literal(String report, String name, Column id, String value) throws ReportParameterException {
		if (!SqlText.isWholeNumber(id)) {
			return "'" + value.replace("'", "''") + "'";
		}
		try {
			return Long.toString(Long.parseLong(value));
		} catch (NumberFormatException e) {
			throw new ReportParameterException("The parameter '" + name + "' of report '" + report + "' takes patient ids ("
					+ id.getName() + ", whole numbers), not '" + value + "'.");
		}
	}

	private static String shown(String literal) {
		return literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
	}

	private static List<String> existing(Roles roles, ReportContext context, Table patients, Column id, List<String> literals)
			throws ReportException {
		String column = roles.column("P", id);
		String sql = "SELECT " + column + " FROM " + roles.name(patients) + " P WHERE " + SqlText.in(column, literals);
		List<String> found = new ArrayList<>();
		try {
			context.workspace().query(context.dataset().name(), sql, 0, new RowHandler() {
				@Override
				public void columns(List<ResultColumn> columns) {
					// one column: the id
				}

				@Override
				public void row(Object[] values) {
					Object value = values[0];
					found.add(value instanceof Number n ? Long.toString(n.longValue()) : "'" + String.valueOf(value).replace("'", "''") + "'");
				}
			}, null);
		} catch (StoreException e) {
			throw new ReportException("Cannot look up the patients in dataset " + context.dataset().name() + ": " + e.getMessage(), e);
		}
		return found;
	}
}
