package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * The tables of a connector's model by their clinical role: the patient table, the stay tables and
 * the event tables. Read once from the semantics; no table name is known here.
 */
final class ClinicalRoles {

	/** The kind of stay the list counts and filters on first ({@link StaySemantics#getLevel()}). */
	static final String ICU_LEVEL = "icu";

	private final Table patientTable;
	private final List<Table> stayTables;
	private final List<Table> eventTables;

	private ClinicalRoles(Table patientTable, List<Table> stayTables, List<Table> eventTables) {
		this.patientTable = patientTable;
		this.stayTables = stayTables;
		this.eventTables = eventTables;
	}

	static ClinicalRoles of(Dataset schema) throws PatientDataException {
		Table patients = schema.getTables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics).findFirst()
				.orElseThrow(() -> new PatientDataException(
						"The model of '" + schema.getName() + "' names no patient table, so it has no patients to browse."));
		List<Table> stays = schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics).toList();
		List<Table> events = schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics).toList();
		return new ClinicalRoles(patients, stays, events);
	}

	Table patientTable() {
		return patientTable;
	}

	PatientSemantics patient() {
		return (PatientSemantics) patientTable.getSemantics();
	}

	List<Table> stayTables() {
		return stayTables;
	}

	List<Table> eventTables() {
		return eventTables;
	}

	/** A patient's date of death as SQL for the patient table aliased {@code alias} (see {@link DeathDates}). */
	Optional<String> deathDate(SqlNames names, String alias) {
		return DeathDates.sql(patientTable, eventTables, names, alias);
	}

	static StaySemantics stay(Table table) {
		return (StaySemantics) table.getSemantics();
	}

	static EventSemantics event(Table table) {
		return (EventSemantics) table.getSemantics();
	}

	/** Stay tables without a parent stay: hospital admissions, visits. */
	List<Table> topLevelStays() {
		return stayTables.stream().filter(t -> stay(t).getParentStayColumn() == null).toList();
	}

	/**
	 * The stays the list counts beside the top-level ones: the stay tables whose kind is ICU; without
	 * any, the stays nested in another (OMOP's visit details, which are not all ICU stays).
	 */
	List<Table> nestedStays() {
		List<Table> icu = stayTables.stream().filter(t -> ICU_LEVEL.equalsIgnoreCase(stay(t).getLevel())).toList();
		return icu.isEmpty() ? stayTables.stream().filter(t -> stay(t).getParentStayColumn() != null).toList() : icu;
	}

	/** The labels of the stays {@link #topLevelStays()} and {@link #nestedStays()} give, and whether the latter are ICU stays. */
	StayKinds stayKinds() {
		boolean icu = stayTables.stream().anyMatch(t -> ICU_LEVEL.equalsIgnoreCase(stay(t).getLevel()));
		return new StayKinds(topLevelStays().stream().findFirst().map(ClinicalRoles::label).orElse("Stays"),
				nestedStays().stream().findFirst().map(ClinicalRoles::label), icu);
	}

	/** A stay table's label for people ("Admissions"), else its name. */
	static String label(Table stayTable) {
		String label = stay(stayTable).getLabel();
		return label == null || label.isBlank() ? stayTable.getName() : label;
	}

	/** The stay table around a stay table's rows, found through its parent stay column. */
	Optional<Table> parentOf(Table stayTable) {
		Column parent = stay(stayTable).getParentStayColumn();
		return parent == null ? Optional.empty() : stayTableOf(stayTable, parent);
	}

	/** The stay tables directly within a stay table. */
	List<Table> childrenOf(Table stayTable) {
		List<Table> children = new ArrayList<>();
		for (Table table : stayTables) {
			if (parentOf(table).filter(p -> p == stayTable).isPresent()) {
				children.add(table);
			}
		}
		return children;
	}

	/**
	 * The stay table a column of {@code owner} refers to: its foreign key's target when that is a stay
	 * table, else the stay table whose id column has the column's name.
	 */
	Optional<Table> stayTableOf(Table owner, Column column) {
		for (ForeignKey key : owner.getForeignKeys()) {
			if (key.getColumns().equals(List.of(column)) && stayTables.contains(key.getTargetTable()) && key.getTargetTable() != owner) {
				return Optional.of(key.getTargetTable());
			}
		}
		return stayTables.stream().filter(t -> t != owner)
				.filter(t -> Objects.equals(upper(stay(t).getIdColumn().getName()), upper(column.getName()))).findFirst();
	}

	private static String upper(String name) {
		return name == null ? null : name.toUpperCase(java.util.Locale.ROOT);
	}
}
