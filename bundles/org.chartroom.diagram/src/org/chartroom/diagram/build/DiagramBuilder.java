package org.chartroom.diagram.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.chartroom.diagram.ColumnDisplay;
import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.Diagram;
import org.chartroom.diagram.DiagramFactory;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;
import org.chartroom.diagram.draw.BoxMetrics;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Table;

/**
 * Builds the diagram of a data set from its schema: one box per table with its columns and keys,
 * one line per foreign key. Every box is shown with its key columns and sized for them; nothing is
 * placed yet ({@link org.chartroom.diagram.layout.DiagramLayout} does that).
 */
public final class DiagramBuilder {

	private static final DiagramFactory FACTORY = DiagramFactory.eINSTANCE;

	private DiagramBuilder() {
	}

	/**
	 * @param datasetName the name of the data set in the workspace (the schema's own name is its kind's)
	 * @param schema      the data set's warehouse model, read only
	 */
	public static Diagram build(String datasetName, Dataset schema) {
		Diagram diagram = FACTORY.createDiagram();
		diagram.setDatasetName(datasetName);
		diagram.setSourceKind(schema.getSourceKind());
		Set<Column> referenced = referencedColumns(schema);
		Map<Table, TableNode> nodes = new HashMap<>();
		for (Table table : schema.getTables()) {
			TableNode node = node(table, referenced);
			diagram.getTables().add(node);
			nodes.put(table, node);
		}
		for (Table table : schema.getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				TableNode target = nodes.get(key.getTargetTable());
				if (target != null) {
					diagram.getEdges().add(edge(key, nodes.get(table), target));
				}
			}
		}
		return diagram;
	}

	private static TableNode node(Table table, Set<Column> referenced) {
		TableNode node = FACTORY.createTableNode();
		node.setName(table.getName());
		node.setRole(TableRoles.of(table));
		node.setColumnDisplay(ColumnDisplay.KEYS);
		Set<Column> primary = table.getPrimaryKey() == null ? Set.of() : new HashSet<>(table.getPrimaryKey().getColumns());
		Map<Column, TableRole> foreign = new HashMap<>();
		for (ForeignKey key : table.getForeignKeys()) {
			for (Column column : key.getColumns()) {
				foreign.putIfAbsent(column, TableRoles.of(key.getTargetTable()));
			}
		}
		for (Column column : table.getColumns()) {
			ColumnEntry entry = FACTORY.createColumnEntry();
			entry.setName(column.getName());
			entry.setType(ColumnTypeText.of(column));
			entry.setPrimaryKey(primary.contains(column));
			entry.setForeignKey(foreign.containsKey(column));
			entry.setReferenced(referenced.contains(column));
			entry.setRole(foreign.getOrDefault(column, referenced.contains(column) ? node.getRole() : TableRole.NONE));
			node.getColumns().add(entry);
		}
		BoxMetrics.resize(node);
		return node;
	}

	private static ForeignKeyEdge edge(ForeignKey key, TableNode source, TableNode target) {
		ForeignKeyEdge edge = FACTORY.createForeignKeyEdge();
		edge.setName(key.getName());
		edge.setSource(source);
		edge.setTarget(target);
		key.getColumns().forEach(c -> edge.getSourceColumns().add(c.getName()));
		key.getTargetColumns().forEach(c -> edge.getTargetColumns().add(c.getName()));
		return edge;
	}

	private static Set<Column> referencedColumns(Dataset schema) {
		Set<Column> referenced = new HashSet<>();
		for (Table table : schema.getTables()) {
			for (ForeignKey key : table.getForeignKeys()) {
				referenced.addAll(key.getTargetColumns());
			}
		}
		return referenced;
	}
}
