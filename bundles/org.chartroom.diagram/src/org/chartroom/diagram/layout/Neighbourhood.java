package org.chartroom.diagram.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;

/**
 * A table and what it joins to: the tables reached from it over at most N foreign keys, followed
 * either way (CHARTEVENTS reaches PATIENTS through its key; PATIENTS reaches CHARTEVENTS too).
 */
public final class Neighbourhood {

	private Neighbourhood() {
	}

	/** The names of the table (found case-insensitively) and its neighbours within {@code hops}, sorted; empty for an unknown table. */
	public static Optional<Set<String>> of(Diagram diagram, String table, int hops) {
		Optional<TableNode> start = find(diagram, table);
		if (start.isEmpty()) {
			return Optional.empty();
		}
		Map<TableNode, Integer> distance = new HashMap<>();
		Deque<TableNode> queue = new ArrayDeque<>();
		distance.put(start.get(), 0);
		queue.add(start.get());
		while (!queue.isEmpty()) {
			TableNode node = queue.remove();
			int next = distance.get(node) + 1;
			if (next > hops) {
				continue;
			}
			for (ForeignKeyEdge edge : diagram.getEdges()) {
				TableNode other = edge.getSource() == node ? edge.getTarget() : edge.getTarget() == node ? edge.getSource() : null;
				if (other != null && !distance.containsKey(other)) {
					distance.put(other, next);
					queue.add(other);
				}
			}
		}
		Set<String> names = new TreeSet<>();
		distance.keySet().forEach(n -> names.add(n.getName()));
		return Optional.of(names);
	}

	/**
	 * Shows only the table and its neighbours within {@code hops} and lays them out anew.
	 *
	 * @return the tables shown, or empty (nothing changed) for an unknown table
	 */
	public static Optional<Set<String>> focus(Diagram diagram, String table, int hops) {
		Optional<Set<String>> shown = of(diagram, table, hops);
		shown.ifPresent(names -> {
			diagram.getTables().forEach(node -> node.setVisible(names.contains(node.getName())));
			DiagramLayout.layout(diagram);
		});
		return shown;
	}

	/** Shows every table again and lays them all out. */
	public static void showAll(Diagram diagram) {
		diagram.getTables().forEach(node -> node.setVisible(true));
		DiagramLayout.layout(diagram);
	}

	public static Optional<TableNode> find(Diagram diagram, String table) {
		return diagram.getTables().stream().filter(n -> n.getName().equalsIgnoreCase(table)).findFirst();
	}
}
