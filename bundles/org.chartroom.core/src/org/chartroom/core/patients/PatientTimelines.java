package org.chartroom.core.patients;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads a patient's timeline: one query per event table, by the patient column (which the model
 * indexes), parameters bound; the concepts' labels come from the table's dictionary by
 * {@link DictionaryLabels} (one query for the codes the patient has, not a join per row).
 *
 * <p>Limited to a stay, an event table keeps the rows of that stay by its stay column when the column
 * refers to the stay's table; of the stay around it, when it refers to the parent stay table (labs per
 * admission for an ICU stay), within the stay's start and end; of the stays within it, when it refers
 * to a child stay table (chart events per ICU stay for an admission); and otherwise by time alone.
 */
final class PatientTimelines {

	private static final Comparator<TimelineEvent> BY_TIME = Comparator.comparing(e -> e.time().orElse(null),
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final Workspace workspace;
	private final ClinicalRoles roles;
	private final DictionaryLabels labels;
	private final SqlNames names;
	/** The dataset's tables, read once: a published dataset's tables do not change (a replacing import makes a new dataset). */
	private volatile Set<String> stored;

	PatientTimelines(Workspace workspace, ClinicalRoles roles) {
		this.workspace = workspace;
		this.roles = roles;
		this.names = new SqlNames(workspace.dialect());
		this.labels = new DictionaryLabels(workspace);
	}

	Timeline read(String dataset, Object patientId, Optional<Stay> stay, IProgressMonitor monitor) throws StoreException {
		if (stored == null) {
			stored = storedTables(dataset);
		}
		List<Table> tables = roles.eventTables().stream()
				.filter(t -> stored.contains(workspace.dialect().normalizeIdentifier(t.getName()))).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the timeline", tables.size());
		List<EventSeries> series = new ArrayList<>();
		for (Table table : tables) {
			progress.subTask(table.getName());
			series.add(series(dataset, table, patientId, stay, progress.split(1)));
		}
		return new Timeline(patientId, stay, series);
	}

	private Set<String> storedTables(String dataset) throws StoreException {
		return Set.copyOf(workspace.tables(dataset).stream().map(t -> t.name()).toList());
	}

	private EventSeries series(String dataset, Table table, Object patientId, Optional<Stay> stay, IProgressMonitor monitor)
			throws StoreException {
		EventSemantics event = ClinicalRoles.event(table);
		DictionaryRef dictionary = event.getDictionary();
		String time = timeExpression(event);
		StringBuilder sql = new StringBuilder("SELECT ").append(time).append(", ")
				.append(orNull(event.getEndTimeColumn(), "TIMESTAMP")).append(", ")
				.append(orNull(event.getConceptColumn(), "VARCHAR(1)")).append(", ")
				.append(orNull(event.getNumericValueColumn(), "DOUBLE")).append(", ")
				.append(orNull(event.getTextValueColumn(), "VARCHAR(1)")).append(", ")
				.append(orNull(event.getUnitColumn(), "VARCHAR(1)"))
				.append(" FROM ").append(names.of(table)).append(" e");
		List<Object> parameters = new ArrayList<>();
		sql.append(" WHERE ").append(names.of("e", event.getPatientColumn())).append(" = ?");
		parameters.add(patientId);
		if (stay.isPresent()) {
			sql.append(stayCondition(table, event, time, stay.get(), parameters));
		}
		CollectedRows rows = new CollectedRows();
		workspace.query(dataset, sql.toString(), parameters, 0, rows, monitor);
		Map<String, String> labelOf = dictionary == null ? Map.of() : labels.read(dataset, dictionary, rows.rows(), monitor);
		List<TimelineEvent> events = new ArrayList<>(rows.rows().size());
		for (Object[] row : rows.rows()) {
			Optional<String> code = RowValues.text(row[2]);
			events.add(new TimelineEvent(RowValues.time(row[0]), RowValues.time(row[1]), code,
					code.map(labelOf::get), RowValues.number(row[3]), RowValues.text(row[4]), RowValues.text(row[5])));
		}
		// sorted here rather than by the database: Derby's sort of a busy patient's 80,000 chart events costs more
		events.sort(BY_TIME);
		String dialectName = workspace.dialect().normalizeIdentifier(table.getName());
		return new EventSeries(dialectName, event.getDomain() == null ? "" : event.getDomain(),
				Optional.ofNullable(dictionary).map(d -> workspace.dialect().normalizeIdentifier(d.getDictionaryTable().getName())),
				event.getEndTimeColumn() != null, events);
	}

	/** The event's time column, falling back to the coarser column where it is empty; NULL for tables without a time. */
	private String timeExpression(EventSemantics event) {
		if (event.getTimeColumn() == null) {
			return "CAST(NULL AS TIMESTAMP)";
		}
		String time = names.of("e", event.getTimeColumn());
		return event.getFallbackTimeColumn() == null ? time
				: "COALESCE(" + time + ", " + names.of("e", event.getFallbackTimeColumn()) + ")";
	}

	private String orNull(Column column, String type) {
		return column == null ? "CAST(NULL AS " + type + ")" : names.of("e", column);
	}

	private String stayCondition(Table table, EventSemantics event, String time, Stay stay, List<Object> parameters) {
		Table stayTable = roles.stayTables().stream()
				.filter(t -> workspace.dialect().normalizeIdentifier(t.getName()).equals(stay.table())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(stay.table() + " is not a stay table of the model"));
		Optional<Table> refers = event.getStayColumn() == null ? Optional.empty()
				: roles.stayTableOf(table, event.getStayColumn());
		if (refers.filter(t -> t == stayTable).isPresent()) {
			parameters.add(stay.id());
			return " AND " + names.of("e", event.getStayColumn()) + " = ?";
		}
		if (refers.isPresent() && refers.equals(roles.parentOf(stayTable)) && stay.parentId().isPresent()) {
			parameters.add(stay.parentId().get());
			return " AND " + names.of("e", event.getStayColumn()) + " = ?" + within(event, time, stay, parameters);
		}
		if (refers.isPresent() && roles.childrenOf(stayTable).contains(refers.get())) {
			StaySemantics child = ClinicalRoles.stay(refers.get());
			parameters.add(stay.id());
			return " AND " + names.of("e", event.getStayColumn()) + " IN (SELECT " + names.of(child.getIdColumn()) + " FROM "
					+ names.of(refers.get()) + " WHERE " + names.of(child.getParentStayColumn()) + " = ?)";
		}
		return within(event, time, stay, parameters);
	}

	/** Events from the stay's start to its end; events without a time are kept. */
	private static String within(EventSemantics event, String time, Stay stay, List<Object> parameters) {
		if (event.getTimeColumn() == null || stay.start().isEmpty()) {
			return "";
		}
		parameters.add(stay.start().get());
		String condition = " AND (" + time + " IS NULL OR " + time + " >= ?";
		if (stay.end().isPresent()) {
			parameters.add(stay.end().get());
			condition += " AND " + time + " <= ?";
		}
		return condition + ")";
	}
}
