package org.chartroom.cohort.sql;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;
import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * One criterion as a condition on an entry row {@code e} (the entry stay) and its patient {@code p}.
 * Values are checked here and bound as parameters; table and column names come from the model.
 */
final class CriterionCompiler {

	static final String ENTRY = "e";
	static final String PATIENT = "p";

	private static final long SECONDS_PER_DAY = 86_400;

	private final ClinicalModel model;
	private final Table entryTable;
	private final Table patientTable;
	private int aliases;

	CriterionCompiler(ClinicalModel model, Table entryTable, Table patientTable) {
		this.model = model;
		this.entryTable = entryTable;
		this.patientTable = patientTable;
	}

	/** @param number the criterion's place, as messages name it: {@code 2}, or {@code 2.1} within group 2 */
	SqlPart compile(Criterion criterion, String number) throws InvalidCohortException {
		String where = where(number, criterion);
		return switch (criterion) {
		case Group group -> group(group, number, where);
		case SexCriterion sex -> sex(sex, where);
		case AgeCriterion age -> age(age, where);
		case LengthOfStayCriterion los -> lengthOfStay(los, where);
		case ConceptCriterion concept -> concept(concept, where);
		case DeathCriterion death -> death(death, where);
		default -> contributed(criterion, where);
		};
	}

	/** A criterion of a type a plugin registered; the plugin's failure makes the cohort invalid, never the caller's. */
	private SqlPart contributed(Criterion criterion, String where) throws InvalidCohortException {
		CriterionTypes.Found found = CriterionTypes.of(criterion).orElseThrow(
				() -> InvalidCohortException.at(where, "type", criterion.eClass().getName() + " is not supported"));
		try {
			SqlPart part = found.type().compile(criterion, new CriterionContext(model, entryTable, patientTable, where, this));
			if (part == null || part.sql() == null || part.sql().isBlank()) {
				throw InvalidCohortException.at(where, "type", "the criterion type of " + found.bundle() + " gave no condition");
			}
			return part;
		} catch (RuntimeException e) {
			System.getLogger(CriterionCompiler.class.getName()).log(System.Logger.Level.ERROR,
					"The cohort criterion type of " + found.bundle() + " failed", e);
			throw InvalidCohortException.at(where, "type", "the criterion type of " + found.bundle() + " failed ("
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
		}
	}

	/** An alias for a sub-query's table that no other part of the query uses. */
	String newAlias() {
		return "x" + ++aliases;
	}

	/** How messages name a criterion: {@code criterion 2.1 (Heart rate)}. */
	static String where(String number, Criterion criterion) {
		String label = criterion.getLabel();
		return "criterion " + number + (label == null || label.isBlank() ? " (" + criterion.eClass().getName() + ")"
				: " (" + FieldValues.quoted(label) + ")");
	}

	private SqlPart group(Group group, String number, String where) throws InvalidCohortException {
		List<SqlPart> parts = new ArrayList<>();
		for (int i = 0; i < group.getCriteria().size(); i++) {
			parts.add(compile(group.getCriteria().get(i), number + "." + (i + 1)));
		}
		return switch (group.getOperator()) {
		case AND -> SqlPart.join(parts, " AND ", "1 = 1");
		case OR -> SqlPart.join(parts, " OR ", "1 = 0");
		case NOT -> {
			if (parts.isEmpty()) {
				throw InvalidCohortException.at(where, "criteria", "a NOT group needs at least one criterion");
			}
			SqlPart all = SqlPart.join(parts, " AND ", "1 = 1");
			yield new SqlPart("NOT (" + all.sql() + ")", all.parameters());
		}
		};
	}

	private SqlPart sex(SexCriterion sex, String where) throws InvalidCohortException {
		Column column = patientSemantics().getSexColumn();
		if (column == null) {
			throw InvalidCohortException.at(where, "values", "the dataset's model names no sex column");
		}
		if (sex.getValues().isEmpty()) {
			throw InvalidCohortException.at(where, "values", "no sex is chosen");
		}
		List<Object> values = new ArrayList<>();
		for (String value : sex.getValues()) {
			values.add(FieldValues.forColumn(where, "values", column, value));
		}
		return new SqlPart(model.name(PATIENT, column) + " IN (" + marks(values.size()) + ")", values);
	}

	/**
	 * Whole years from birth to the entry's start, as {@link org.chartroom.core.patients.Age#between}
	 * counts them: at least {@code min} when birth + min years is not after the start, at most
	 * {@code max} when birth + (max + 1) years is after it.
	 */
	private SqlPart age(AgeCriterion age, String where) throws InvalidCohortException {
		Column birth = patientSemantics().getBirthDateColumn();
		if (birth == null) {
			throw InvalidCohortException.at(where, "minYears", "the dataset's model names no birth date column");
		}
		if (age.getMinYears() == null && age.getMaxYears() == null) {
			throw InvalidCohortException.at(where, "minYears", "neither minYears nor maxYears is given");
		}
		checkRange(where, "minYears", age.getMinYears(), age.getMaxYears());
		String start = model.name(ENTRY, stay().getStartColumn());
		String born = model.name(PATIENT, birth);
		List<String> conditions = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		if (age.getMinYears() != null) {
			conditions.add(addYears(born) + " <= " + start);
			parameters.add(age.getMinYears());
		}
		if (age.getMaxYears() != null) {
			conditions.add(addYears(born) + " > " + start);
			parameters.add(age.getMaxYears() + 1);
		}
		return new SqlPart(String.join(" AND ", conditions), parameters);
	}

	private String addYears(String timestamp) {
		return dialect().timestampAdd(ChronoUnit.YEARS, "CAST(? AS INTEGER)", timestamp);
	}

	private SqlPart lengthOfStay(LengthOfStayCriterion los, String where) throws InvalidCohortException {
		Column end = stay().getEndColumn();
		if (end == null) {
			throw InvalidCohortException.at(where, "minDays", "the entry stays (" + entryTable.getName() + ") have no end");
		}
		if (los.getMinDays() == null && los.getMaxDays() == null) {
			throw InvalidCohortException.at(where, "minDays", "neither minDays nor maxDays is given");
		}
		Optional<BigDecimal> min = los.getMinDays() == null ? Optional.empty()
				: Optional.of(FieldValues.decimal(where, "minDays", los.getMinDays()));
		Optional<BigDecimal> max = los.getMaxDays() == null ? Optional.empty()
				: Optional.of(FieldValues.decimal(where, "maxDays", los.getMaxDays()));
		if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
			throw InvalidCohortException.at(where, "minDays", "minDays is above maxDays");
		}
		String seconds = dialect().timestampDiff(ChronoUnit.SECONDS, model.name(ENTRY, stay().getStartColumn()),
				model.name(ENTRY, end));
		List<String> conditions = new ArrayList<>(List.of(model.name(ENTRY, end) + " IS NOT NULL"));
		List<Object> parameters = new ArrayList<>();
		if (min.isPresent()) {
			conditions.add(seconds + " >= ?");
			parameters.add(min.get().multiply(BigDecimal.valueOf(SECONDS_PER_DAY)));
		}
		if (max.isPresent()) {
			conditions.add(seconds + " <= ?");
			parameters.add(max.get().multiply(BigDecimal.valueOf(SECONDS_PER_DAY)));
		}
		return new SqlPart(String.join(" AND ", conditions), parameters);
	}

	/**
	 * {@code e.ID IN (SELECT s.ID FROM <entry stays> s JOIN <events> x ON x.PATIENT = s.PATIENT WHERE …)}:
	 * the events are searched once for all entries (through the concept column's index), not once per
	 * entry as a correlated EXISTS would, which Derby runs far slower on large event tables.
	 */
	private SqlPart concept(ConceptCriterion concept, String where) throws InvalidCohortException {
		if (concept.getTable() == null || concept.getTable().isBlank()) {
			throw InvalidCohortException.at(where, "table", "no event table is given (event tables: " + model.eventTables() + ")");
		}
		Table table = model.eventTable(concept.getTable()).orElseThrow(() -> InvalidCohortException.at(where, "table",
				FieldValues.quoted(concept.getTable()) + " is no event table of the dataset's model (event tables: "
						+ model.eventTables() + ")"));
		EventSemantics event = ClinicalModel.event(table);
		int n = ++aliases;
		String x = "x" + n;
		String s = "s" + n;
		List<String> conditions = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		codes(concept, where, table, x, conditions, parameters);
		if (concept.isSameStay()) {
			conditions.add(sameStay(where, table, x, s));
		}
		window(concept, where, table, x, s, conditions, parameters);
		values(concept, where, table, x, conditions, parameters);
		String id = model.name(ENTRY, stay().getIdColumn());
		return new SqlPart(id + " IN (SELECT " + model.name(s, stay().getIdColumn()) + " FROM " + model.name(entryTable) + " " + s
				+ " JOIN " + model.name(table) + " " + x + " ON " + model.name(x, event.getPatientColumn()) + " = "
				+ model.name(s, stay().getPatientColumn()) + " WHERE " + String.join(" AND ", conditions) + ")", parameters);
	}

	private void codes(ConceptCriterion concept, String where, Table table, String x, List<String> conditions,
			List<Object> parameters) throws InvalidCohortException {
		Column column = ClinicalModel.event(table).getConceptColumn();
		if (column == null) {
			throw InvalidCohortException.at(where, "table", table.getName() + " has no concept column");
		}
		if (concept.getCodes().isEmpty()) {
			throw InvalidCohortException.at(where, "codes", "no code is given");
		}
		String code = model.name(x, column);
		if (concept.isCodePrefix()) {
			if (!FieldValues.isText(column)) {
				throw InvalidCohortException.at(where, "codePrefix",
						"codes of " + table.getName() + "." + column.getName() + " are numbers, so they have no prefixes");
			}
			List<String> likes = new ArrayList<>();
			for (String prefix : concept.getCodes()) {
				String text = (String) FieldValues.forColumn(where, "codes", column, prefix);
				// LIKE with a bound pattern cannot use the code's index; the range beside it can.
				Optional<String> above = FieldValues.firstAfterPrefix(text);
				String range = code + " >= ?" + (above.isPresent() ? " AND " + code + " < ?" : "");
				likes.add("(" + range + " AND " + code + " LIKE ? ESCAPE '\\')");
				parameters.add(text);
				above.ifPresent(parameters::add);
				parameters.add(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			conditions.add("(" + String.join(" OR ", likes) + ")");
			return;
		}
		for (String value : concept.getCodes()) {
			parameters.add(FieldValues.forColumn(where, "codes", column, value));
		}
		conditions.add(code + " IN (" + marks(concept.getCodes().size()) + ")");
	}

	/** The event belongs to the entry stay, to the stay around it, or to a stay within it. */
	private String sameStay(String where, Table table, String x, String s) throws InvalidCohortException {
		Column stayColumn = ClinicalModel.event(table).getStayColumn();
		Optional<Table> eventStay = stayColumn == null ? Optional.empty() : model.stayTableOf(table, stayColumn);
		if (eventStay.isEmpty()) {
			throw InvalidCohortException.at(where, "sameStay", table.getName() + " names no stay its events belong to");
		}
		String eventStayId = model.name(x, stayColumn);
		if (eventStay.get() == entryTable) {
			return eventStayId + " = " + model.name(s, stay().getIdColumn());
		}
		Column parent = stay().getParentStayColumn();
		if (parent != null && model.stayTableOf(entryTable, parent).filter(t -> t == eventStay.get()).isPresent()) {
			return eventStayId + " = " + model.name(s, parent);
		}
		StaySemantics inner = ClinicalModel.stay(eventStay.get());
		if (inner.getParentStayColumn() != null
				&& model.stayTableOf(eventStay.get(), inner.getParentStayColumn()).filter(t -> t == entryTable).isPresent()) {
			String c = "c" + s;
			return eventStayId + " IN (SELECT " + model.name(c, inner.getIdColumn()) + " FROM " + model.name(eventStay.get()) + " "
					+ c + " WHERE " + model.name(c, inner.getParentStayColumn()) + " = " + model.name(s, stay().getIdColumn()) + ")";
		}
		throw InvalidCohortException.at(where, "sameStay", "the stays of " + table.getName() + " (" + eventStay.get().getName()
				+ ") are neither the entry stays (" + entryTable.getName() + ") nor around or within them");
	}

	private void window(ConceptCriterion concept, String where, Table table, String x, String s, List<String> conditions,
			List<Object> parameters) throws InvalidCohortException {
		Integer from = concept.getWindowStartHours();
		Integer to = concept.getWindowEndHours();
		if (from == null && to == null) {
			return;
		}
		checkRange(where, "windowStartHours", from, to);
		EventSemantics event = ClinicalModel.event(table);
		if (event.getTimeColumn() == null) {
			throw InvalidCohortException.at(where, from != null ? "windowStartHours" : "windowEndHours",
					table.getName() + " has no event time, so its events cannot be placed in a window");
		}
		String time = event.getFallbackTimeColumn() == null ? model.name(x, event.getTimeColumn())
				: "COALESCE(" + model.name(x, event.getTimeColumn()) + ", " + model.name(x, event.getFallbackTimeColumn()) + ")";
		String start = model.name(s, stay().getStartColumn());
		if (from != null) {
			conditions.add(time + " >= " + dialect().timestampAdd(ChronoUnit.HOURS, "CAST(? AS INTEGER)", start));
			parameters.add(from);
		}
		if (to != null) {
			conditions.add(time + " <= " + dialect().timestampAdd(ChronoUnit.HOURS, "CAST(? AS INTEGER)", start));
			parameters.add(to);
		}
	}

	private void values(ConceptCriterion concept, String where, Table table, String x, List<String> conditions,
			List<Object> parameters) throws InvalidCohortException {
		if (concept.getMinValue() == null && concept.getMaxValue() == null) {
			return;
		}
		Column value = ClinicalModel.event(table).getNumericValueColumn();
		if (value == null) {
			throw InvalidCohortException.at(where, concept.getMinValue() != null ? "minValue" : "maxValue",
					table.getName() + " has no numeric value");
		}
		if (concept.getMinValue() != null) {
			conditions.add(model.name(x, value) + (concept.isMinExclusive() ? " > ?" : " >= ?"));
			parameters.add(FieldValues.decimal(where, "minValue", concept.getMinValue()));
		}
		if (concept.getMaxValue() != null) {
			conditions.add(model.name(x, value) + (concept.isMaxExclusive() ? " < ?" : " <= ?"));
			parameters.add(FieldValues.decimal(where, "maxValue", concept.getMaxValue()));
		}
	}

	private SqlPart death(DeathCriterion death, String where) throws InvalidCohortException {
		Optional<String> deathDate = model.deathDate(PATIENT);
		if (deathDate.isEmpty()) {
			throw InvalidCohortException.at(where, "type",
					"the dataset's model names no date of death (no death column on its patient table, no death events)");
		}
		checkRange(where, "windowStartDays", death.getWindowStartDays(), death.getWindowEndDays());
		String died = deathDate.get();
		String start = model.name(ENTRY, stay().getStartColumn());
		List<String> conditions = new ArrayList<>(List.of(died + " IS NOT NULL"));
		List<Object> parameters = new ArrayList<>();
		if (death.getWindowStartDays() != null) {
			conditions.add(died + " >= " + dialect().timestampAdd(ChronoUnit.DAYS, "CAST(? AS INTEGER)", start));
			parameters.add(death.getWindowStartDays());
		}
		if (death.getWindowEndDays() != null) {
			conditions.add(died + " <= " + dialect().timestampAdd(ChronoUnit.DAYS, "CAST(? AS INTEGER)", start));
			parameters.add(death.getWindowEndDays());
		}
		return new SqlPart(String.join(" AND ", conditions), parameters);
	}

	private static void checkRange(String where, String field, Integer min, Integer max) throws InvalidCohortException {
		if (min != null && max != null && min > max) {
			throw InvalidCohortException.at(where, field, "the start " + min + " is after the end " + max);
		}
	}

	private StaySemantics stay() {
		return ClinicalModel.stay(entryTable);
	}

	private PatientSemantics patientSemantics() {
		return ClinicalModel.patient(patientTable);
	}

	private SqlDialect dialect() {
		return model.dialect();
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}
}
