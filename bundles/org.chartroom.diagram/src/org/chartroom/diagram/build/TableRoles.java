package org.chartroom.diagram.build;

import org.chartroom.diagram.TableRole;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.TableSemantics;

/** The clinical role of a table, read from the semantics its model gives it. */
public final class TableRoles {

	private TableRoles() {
	}

	public static TableRole of(Table table) {
		TableSemantics semantics = table.getSemantics();
		if (semantics instanceof PatientSemantics) {
			return TableRole.PATIENT;
		}
		if (semantics instanceof StaySemantics) {
			return TableRole.STAY;
		}
		if (semantics instanceof EventSemantics) {
			return TableRole.EVENT;
		}
		if (semantics instanceof DictionarySemantics) {
			return TableRole.DICTIONARY;
		}
		return TableRole.NONE;
	}
}
