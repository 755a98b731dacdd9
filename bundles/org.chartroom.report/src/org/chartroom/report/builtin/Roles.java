package org.chartroom.report.builtin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartroom.core.patients.DeathDates;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.TableInfo;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.report.ReportContext;
import org.chartroom.report.ReportException;

/**
 * The tables of a dataset by their clinical role, read from the model's semantics (never by table
 * name), limited to the tables the dataset holds, with their names quoted for the store's SQL.
 */
final class Roles {

	private final String report;
	private final Dataset model;
	private final SqlDialect dialect;
	private final Set<String> stored;

	private Roles(String report, Dataset model, SqlDialect dialect, Set<String> stored) {
		this.report = report;
		this.model = model;
		this.dialect = dialect;
		this.stored = stored;
	}

	static Roles of(String report, ReportContext context) throws ReportException {
		try {
			Set<String> stored = context.workspace().tables(context.dataset().name()).stream().map(TableInfo::name)
					.collect(Collectors.toSet());
			return new Roles(report, context.requireModel(report), context.workspace().dialect(), stored);
		} catch (StoreException e) {
			throw new ReportException("Cannot list the tables of dataset " + context.dataset().name() + ": " + e.getMessage(), e);
		}
	}

	private boolean present(Table table) {
		return stored.contains(dialect.normalizeIdentifier(table.getName()));
	}

	private List<Table> tables() {
		return model.getTables().stream().filter(this::present).toList();
	}

	/** The table with one row per patient. */
	Table patientTable() throws ReportException {
		return tables().stream().filter(t -> t.getSemantics() instanceof PatientSemantics).findFirst()
				.orElseThrow(() -> new ReportException("The report '" + report + "' needs a patient table, and the model of "
						+ model.getName() + " marks none that the dataset holds."));
	}

	PatientSemantics patient() throws ReportException {
		return (PatientSemantics) patientTable().getSemantics();
	}

	/** Stay tables, top-level ones (admissions, visits) first, then those within another stay. */
	List<Table> stays() {
		List<Table> stays = tables().stream().filter(t -> t.getSemantics() instanceof StaySemantics).toList();
		return java.util.stream.Stream.concat(stays.stream().filter(t -> stay(t).getParentStayColumn() == null),
				stays.stream().filter(t -> stay(t).getParentStayColumn() != null)).toList();
	}

	/** The first top-level stay table (MIMIC-III: ADMISSIONS; OMOP: VISIT_OCCURRENCE). */
	Table topStays() throws ReportException {
		return stays().stream().filter(t -> stay(t).getParentStayColumn() == null).findFirst()
				.orElseThrow(() -> new ReportException("The report '" + report + "' needs a stay table (admissions, visits), "
						+ "and the model of " + model.getName() + " marks none that the dataset holds."));
	}

	/** The stays within another stay, intensive care first (MIMIC-III: ICUSTAYS). */
	Optional<Table> innerStays() {
		List<Table> inner = stays().stream().filter(t -> stay(t).getParentStayColumn() != null).toList();
		return inner.stream().filter(t -> "icu".equalsIgnoreCase(stay(t).getLevel())).findFirst()
				.or(() -> inner.stream().findFirst());
	}

	/** Event tables of these domains, in the model's order. */
	List<Table> events(Set<String> domains) {
		return tables().stream().filter(t -> t.getSemantics() instanceof EventSemantics e && e.getDomain() != null
				&& domains.contains(e.getDomain().toLowerCase(java.util.Locale.ROOT))).toList();
	}

	/** A patient's date of death as SQL for the patient table aliased {@code alias} (see {@link DeathDates}). */
	Optional<String> deathDate(String alias) {
		return DeathDates.sql(model, dialect, alias);
	}

	static StaySemantics stay(Table table) {
		return (StaySemantics) table.getSemantics();
	}

	static EventSemantics event(Table table) {
		return (EventSemantics) table.getSemantics();
	}

	/** Some table of the dataset, for a query that must name one but reads no row of it. */
	String nameOrNone() {
		return name(tables().get(0));
	}

	/** A table's name as the store's SQL needs it. */
	String name(Table table) {
		return dialect.quoteIdentifier(dialect.normalizeIdentifier(table.getName()));
	}

	/** A column qualified by an alias, e.g. {@code E."ITEMID"}. */
	String column(String alias, Column column) {
		return alias + "." + dialect.quoteIdentifier(dialect.normalizeIdentifier(column.getName()));
	}

	/** The label for a stay table's rows, e.g. "Admissions"; the table name when the model gives none. */
	static String label(Table table) {
		String label = stay(table).getLabel();
		return label == null || label.isBlank() ? table.getName() : label;
	}
}
