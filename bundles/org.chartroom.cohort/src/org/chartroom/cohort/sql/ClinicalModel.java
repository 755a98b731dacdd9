package org.chartroom.cohort.sql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.patients.DeathDates;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * The tables of a dataset's model by clinical role, and their names as the store's SQL writes them.
 * Every identifier a compiled cohort holds comes from here, that is from the model.
 */
final class ClinicalModel {

	private final Dataset schema;
	private final SqlDialect dialect;

	ClinicalModel(Dataset schema, SqlDialect dialect) {
		this.schema = schema;
		this.dialect = dialect;
	}

	Optional<Table> patientTable() {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics).findFirst();
	}

	List<Table> stayTables() {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics).toList();
	}

	Optional<Table> stayOfLevel(String level) {
		return stayTables().stream().filter(t -> stay(t).getLevel() != null && stay(t).getLevel().equalsIgnoreCase(level))
				.findFirst();
	}

	String stayLevels() {
		return stayTables().stream().map(t -> stay(t).getLevel()).filter(Objects::nonNull).collect(Collectors.joining(", "));
	}

	Optional<Table> eventTable(String name) {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics)
				.filter(t -> t.getName().equalsIgnoreCase(name)).findFirst();
	}

	String eventTables() {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics).map(Table::getName)
				.collect(Collectors.joining(", "));
	}

	/**
	 * The stay table a column of {@code owner} refers to: its foreign key's target when that is a stay
	 * table, else the stay table whose id column has the column's name (as the overview finds nesting).
	 */
	Optional<Table> stayTableOf(Table owner, Column column) {
		List<Table> stays = stayTables();
		for (ForeignKey key : owner.getForeignKeys()) {
			if (key.getColumns().equals(List.of(column)) && stays.contains(key.getTargetTable()) && key.getTargetTable() != owner) {
				return Optional.of(key.getTargetTable());
			}
		}
		return stays.stream().filter(t -> t != owner)
				.filter(t -> upper(stay(t).getIdColumn().getName()).equals(upper(column.getName()))).findFirst();
	}

	static StaySemantics stay(Table table) {
		return (StaySemantics) table.getSemantics();
	}

	static EventSemantics event(Table table) {
		return (EventSemantics) table.getSemantics();
	}

	static PatientSemantics patient(Table table) {
		return (PatientSemantics) table.getSemantics();
	}

	/** A patient's date of death as SQL for the patient table aliased {@code alias} (see {@link DeathDates}). */
	Optional<String> deathDate(String alias) {
		return DeathDates.sql(schema, dialect, alias);
	}

	String name(Table table) {
		return quote(table.getName());
	}

	/** {@code alias."COLUMN"}. */
	String name(String alias, Column column) {
		return alias + "." + quote(column.getName());
	}

	Dataset schema() {
		return schema;
	}

	SqlDialect dialect() {
		return dialect;
	}

	private String quote(String identifier) {
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(identifier));
	}

	private static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}
}
