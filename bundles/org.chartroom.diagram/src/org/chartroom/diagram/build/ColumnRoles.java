package org.chartroom.diagram.build;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.TableSemantics;
import org.eclipse.emf.ecore.EReference;

/**
 * The semantic role of each column its table's semantics names, in words: {@code patient id},
 * {@code stay id}, {@code time}, {@code concept}, {@code numeric value}, {@code unit}, {@code label}, ...
 * Read from the semantics' column references by their names, so a role added to the metamodel shows
 * up here without a change.
 */
public final class ColumnRoles {

	private static final String SUFFIX = "Column";

	private ColumnRoles() {
	}

	/** The roles of the table's columns that have one; a column with two roles gets both, comma-separated. */
	public static Map<Column, String> of(Table table) {
		Map<Column, String> roles = new LinkedHashMap<>();
		TableSemantics semantics = table.getSemantics();
		if (semantics == null) {
			return roles;
		}
		for (EReference reference : semantics.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isMany() || !reference.getName().endsWith(SUFFIX)
					|| !(semantics.eGet(reference) instanceof Column column)) {
				continue;
			}
			String role = words(reference.getName().substring(0, reference.getName().length() - SUFFIX.length()));
			if (role.equals("id")) {
				role = semantics instanceof PatientSemantics ? "patient id" : semantics instanceof StaySemantics ? "stay id" : "id";
			} else if (role.equals("patient")) {
				role = "patient id";
			} else if (role.equals("stay") || role.equals("parent stay")) {
				role = role + " id";
			}
			String role0 = role;
			roles.merge(column, role, (a, b) -> a + ", " + role0);
		}
		return roles;
	}

	/** {@code numericValue} → {@code numeric value}. */
	private static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
