package org.chartroom.core.patients;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;

/** Reads one patient's demographics and stays: one query for the patient, one per stay table, by patient id. */
final class PatientSummaries {

	private final Workspace workspace;
	private final ClinicalRoles roles;
	private final SqlNames names;

	PatientSummaries(Workspace workspace, ClinicalRoles roles) {
		this.workspace = workspace;
		this.roles = roles;
		this.names = new SqlNames(workspace.dialect());
	}

	Optional<PatientSummary> read(String dataset, Object id, IProgressMonitor monitor) throws StoreException {
		PatientSemantics patient = roles.patient();
		CollectedRows rows = new CollectedRows();
		workspace.query(dataset, "SELECT " + orNull(patient.getSexColumn(), "VARCHAR(1)") + ", "
				+ orNull(patient.getBirthDateColumn(), "TIMESTAMP") + ", "
				+ roles.deathDate(names, "p").orElse("CAST(NULL AS TIMESTAMP)") + " FROM " + names.of(roles.patientTable())
				+ " p WHERE " + names.of("p", patient.getIdColumn()) + " = ?", List.of(id), 0, rows, monitor);
		if (rows.rows().isEmpty()) {
			return Optional.empty();
		}
		Object[] row = rows.rows().get(0);
		Optional<LocalDateTime> birth = RowValues.time(row[1]);
		List<Stay> stays = stays(dataset, id, birth, monitor);
		Optional<LocalDateTime> firstStart = stays.stream().filter(s -> s.level() == 1).flatMap(s -> s.start().stream())
				.min(Comparator.naturalOrder());
		return Optional.of(new PatientSummary(id, RowValues.text(row[0]), birth, RowValues.time(row[2]),
				Age.between(birth, firstStart), stays));
	}

	private String orNull(Column column, String type) {
		return column == null ? "CAST(NULL AS " + type + ")" : names.of(column);
	}

	/** Top-level stays by start, each followed by the stays within it, by start. */
	private List<Stay> stays(String dataset, Object id, Optional<LocalDateTime> birth, IProgressMonitor monitor)
			throws StoreException {
		Map<Table, List<Stay>> byTable = new HashMap<>();
		for (Table table : roles.stayTables()) {
			byTable.put(table, staysOf(table, dataset, id, birth, monitor));
		}
		List<Stay> ordered = new ArrayList<>();
		for (Table top : roles.topLevelStays()) {
			for (Stay stay : byTable.get(top)) {
				addWithin(stay, top, byTable, ordered);
			}
		}
		return ordered;
	}

	private void addWithin(Stay stay, Table table, Map<Table, List<Stay>> byTable, List<Stay> ordered) {
		ordered.add(stay);
		for (Table child : roles.childrenOf(table)) {
			for (Stay inner : byTable.get(child)) {
				if (inner.parentId().filter(stay.id()::equals).isPresent()) {
					addWithin(inner, child, byTable, ordered);
				}
			}
		}
	}

	private List<Stay> staysOf(Table table, String dataset, Object id, Optional<LocalDateTime> birth, IProgressMonitor monitor)
			throws StoreException {
		StaySemantics stay = ClinicalRoles.stay(table);
		CollectedRows rows = new CollectedRows();
		workspace.query(dataset, "SELECT " + names.of(stay.getIdColumn()) + ", " + orNull(stay.getParentStayColumn(), "INTEGER")
				+ ", " + names.of(stay.getStartColumn()) + ", " + orNull(stay.getEndColumn(), "TIMESTAMP") + " FROM "
				+ names.of(table) + " WHERE " + names.of(stay.getPatientColumn()) + " = ? ORDER BY 3, 1", List.of(id), 0, rows,
				monitor);
		int level = level(table);
		String kind = stay.getLabel() == null || stay.getLabel().isBlank() ? table.getName() : stay.getLabel();
		String stored = workspace.dialect().normalizeIdentifier(table.getName());
		List<Stay> stays = new ArrayList<>();
		for (Object[] row : rows.rows()) {
			Optional<LocalDateTime> start = RowValues.time(row[2]);
			stays.add(new Stay(stored, kind, level, row[0], Optional.ofNullable(row[1]), start, RowValues.time(row[3]),
					Age.between(birth, start)));
		}
		return stays;
	}

	private int level(Table table) {
		int level = 1;
		Optional<Table> parent = roles.parentOf(table);
		while (parent.isPresent() && level <= roles.stayTables().size()) {
			level++;
			parent = roles.parentOf(parent.get());
		}
		return level;
	}
}
