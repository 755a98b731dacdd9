package org.chartroom.core.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * How deep each stay table of a model nests: 1 for a stay without a parent stay column (a hospital
 * admission, a visit), one more than its parent's for a stay within another (an ICU stay within an
 * admission). The model's {@code level} is a kind ("admission", "icu"), not an order, so the order
 * comes from the parent stay column: its foreign key leads to the parent stay table, or, without one,
 * the stay table whose id column has the same name.
 */
final class StayLevels {

	private final List<Table> stays;
	private final Map<Table, Integer> levels = new HashMap<>();

	private StayLevels(List<Table> stays) {
		this.stays = stays;
	}

	/** The levels of the given tables, each of which has {@link StaySemantics}. */
	static Map<Table, Integer> of(List<Table> stayTables) {
		StayLevels levels = new StayLevels(stayTables);
		for (Table table : stayTables) {
			levels.level(table, 0);
		}
		return Map.copyOf(levels.levels);
	}

	private int level(Table table, int depth) {
		Integer known = levels.get(table);
		if (known != null) {
			return known;
		}
		Column parentColumn = semantics(table).getParentStayColumn();
		int level;
		if (parentColumn == null) {
			level = 1;
		} else if (depth >= stays.size()) {
			level = 2; // a cycle in the model: the table has a parent, that much is sure
		} else {
			level = 1 + parent(table, parentColumn).map(p -> level(p, depth + 1)).orElse(1);
		}
		levels.put(table, level);
		return level;
	}

	private Optional<Table> parent(Table table, Column parentColumn) {
		for (ForeignKey key : table.getForeignKeys()) {
			if (key.getColumns().equals(List.of(parentColumn)) && stays.contains(key.getTargetTable())
					&& key.getTargetTable() != table) {
				return Optional.of(key.getTargetTable());
			}
		}
		return stays.stream().filter(t -> t != table).filter(t -> sameName(parentColumn, semantics(t).getIdColumn()))
				.findFirst();
	}

	private static boolean sameName(Column a, Column b) {
		return b != null && a.getName() != null && a.getName().equalsIgnoreCase(b.getName());
	}

	private static StaySemantics semantics(Table table) {
		return (StaySemantics) table.getSemantics();
	}
}
