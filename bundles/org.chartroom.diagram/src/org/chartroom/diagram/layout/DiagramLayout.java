package org.chartroom.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.chartroom.diagram.DiagramFactory;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.Point;
import org.chartroom.diagram.TableNode;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the shown boxes of a diagram and routes the lines between them with Eclipse ELK's layered
 * algorithm. Lines run from the referring table (events) towards the tables referred to (stays,
 * patients, dictionaries), so a warehouse reads in layers: events, then stays and dictionaries, then
 * patients. A line leaves its box at the row of its first key column (right side) and enters the
 * other box at the row of the column it refers to (left side), when the boxes list those columns.
 */
public final class DiagramLayout {

	static {
		// ELK finds algorithms with the service loader, which sees nothing across OSGi bundles: register the one we use.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private DiagramLayout() {
	}

	/** Lays out the shown tables; hidden ones keep their places, lines to them lose their routes. */
	public static void layout(Diagram diagram) {
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
		// Network simplex places the few tables many keys lead to (PATIENTS, ADMISSIONS) midway along their lines.
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
		graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));

		Map<TableNode, ElkNode> nodes = new HashMap<>();
		for (TableNode table : diagram.getTables()) {
			if (table.isVisible()) {
				ElkNode node = ElkGraphUtil.createNode(graph);
				node.setIdentifier(table.getName());
				node.setDimensions(table.getWidth(), table.getHeight());
				nodes.put(table, node);
			}
		}
		ColumnPorts ports = new ColumnPorts();
		Map<ForeignKeyEdge, ElkEdge> edges = new HashMap<>();
		for (ForeignKeyEdge edge : diagram.getEdges()) {
			edge.getBendPoints().clear();
			ElkNode source = nodes.get(edge.getSource());
			ElkNode target = nodes.get(edge.getTarget());
			if (source != null && target != null && source != target) {
				edges.put(edge, ElkGraphUtil.createSimpleEdge(
						ports.end(source, edge.getSource(), edge.getSourceColumns(), PortSide.EAST),
						ports.end(target, edge.getTarget(), edge.getTargetColumns(), PortSide.WEST)));
			}
		}

		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		nodes.forEach((table, node) -> {
			table.setX(node.getX());
			table.setY(node.getY());
		});
		edges.forEach((edge, elk) -> route(edge, elk));
	}

	private static void route(ForeignKeyEdge edge, ElkEdge elk) {
		if (elk.getSections().isEmpty()) {
			return;
		}
		ElkEdgeSection section = elk.getSections().get(0);
		edge.getBendPoints().add(point(section.getStartX(), section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			edge.getBendPoints().add(point(bend.getX(), bend.getY()));
		}
		edge.getBendPoints().add(point(section.getEndX(), section.getEndY()));
	}

	private static Point point(double x, double y) {
		Point point = DiagramFactory.eINSTANCE.createPoint();
		point.setX(x);
		point.setY(y);
		return point;
	}
}
