package org.chartroom.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.draw.BoxMetrics;
import org.chartroom.diagram.draw.ColumnSelection;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where a line meets a box: a port fixed at the row of the key column (one per column and side, so
 * the lines into PATIENTS.SUBJECT_ID meet at one point), or the box itself when it does not list the column.
 */
final class ColumnPorts {

	private final Map<String, ElkPort> ports = new HashMap<>();

	ElkConnectableShape end(ElkNode node, TableNode table, List<String> columns, PortSide side) {
		if (columns.isEmpty()) {
			return node;
		}
		List<ColumnEntry> listed = ColumnSelection.listed(table);
		int row = -1;
		for (int i = 0; i < listed.size() && row < 0; i++) {
			if (listed.get(i).getName().equals(columns.get(0))) {
				row = i;
			}
		}
		if (row < 0) {
			return node;
		}
		int index = row;
		return ports.computeIfAbsent(table.getName() + "." + columns.get(0) + "." + side, key -> {
			node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
			ElkPort port = ElkGraphUtil.createPort(node);
			port.setDimensions(1, 1);
			port.setLocation(side == PortSide.EAST ? table.getWidth() : -1, BoxMetrics.baseline(index) - 4);
			port.setProperty(CoreOptions.PORT_SIDE, side);
			return port;
		});
	}
}
