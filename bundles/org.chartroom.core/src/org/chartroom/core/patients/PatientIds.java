package org.chartroom.core.patients;

import java.util.Optional;

import org.chartroom.model.warehouse.Column;

/** A patient id typed by a person, as the value of the patient table's id column. */
final class PatientIds {

	private PatientIds() {
	}

	/** The id as the column's Java type: a number for integer columns (empty when the text is none), else the text. */
	static Optional<Object> parse(Column idColumn, String text) {
		String id = text.strip();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		try {
			return switch (idColumn.getType()) {
			case SMALLINT, INTEGER -> Optional.of(Integer.valueOf(id));
			case BIGINT -> Optional.of(Long.valueOf(id));
			default -> Optional.of(text);
			};
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static boolean isNumeric(Column idColumn) {
		return switch (idColumn.getType()) {
		case SMALLINT, INTEGER, BIGINT, DECIMAL -> true;
		default -> false;
		};
	}
}
