package org.chartroom.ui.schema.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chartroom.diagram.build.ColumnRoles;
import org.chartroom.diagram.build.ColumnTypeText;
import org.chartroom.diagram.build.TableRoles;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.Table;

/** A row of the Schema view's tree: a table, one of its columns, a group of keys, or one key. */
sealed interface SchemaRow {

	/** The text of each column of the tree: name, type, key, nullable, role, description. */
	String[] cells();

	List<SchemaRow> children();

	/** The words a search looks in. */
	String searchText();

	record TableRow(Dataset schema, Table table) implements SchemaRow {
		@Override
		public String[] cells() {
			String role = TableRoles.of(table).getLiteral().toLowerCase(java.util.Locale.ROOT);
			return new String[] { table.getName(), "", "", "", "none".equals(role) ? "" : role, text(table.getDescription()) };
		}

		@Override
		public List<SchemaRow> children() {
			Map<Column, String> roles = ColumnRoles.of(table);
			List<SchemaRow> rows = new ArrayList<>();
			table.getColumns().forEach(c -> rows.add(new ColumnRow(table, c, roles.getOrDefault(c, ""))));
			List<SchemaRow> outgoing = table.getForeignKeys().stream()
					.map(k -> (SchemaRow) new KeyRow(names(k.getColumns()) + " → " + k.getTargetTable().getName() + "."
							+ names(k.getTargetColumns()), k.getTargetTable().getName()))
					.toList();
			if (!outgoing.isEmpty()) {
				rows.add(new KeyGroupRow("Foreign keys (" + outgoing.size() + ")", outgoing));
			}
			List<SchemaRow> incoming = new ArrayList<>();
			for (Table other : schema.getTables()) {
				for (ForeignKey key : other.getForeignKeys()) {
					if (key.getTargetTable() == table) {
						incoming.add(new KeyRow(other.getName() + "." + names(key.getColumns()) + " → " + names(key.getTargetColumns()),
								other.getName()));
					}
				}
			}
			if (!incoming.isEmpty()) {
				rows.add(new KeyGroupRow("Referred to by (" + incoming.size() + ")", incoming));
			}
			return rows;
		}

		@Override
		public String searchText() {
			return table.getName() + " " + text(table.getDescription());
		}
	}

	record ColumnRow(Table table, Column column, String role) implements SchemaRow {
		@Override
		public String[] cells() {
			boolean primary = table.getPrimaryKey() != null && table.getPrimaryKey().getColumns().contains(column);
			boolean foreign = table.getForeignKeys().stream().anyMatch(k -> k.getColumns().contains(column));
			String key = primary ? (foreign ? "PK FK" : "PK") : foreign ? "FK" : "";
			return new String[] { column.getName(), ColumnTypeText.of(column), key, column.isNullable() ? "yes" : "no", role,
					text(column.getDescription()) };
		}

		@Override
		public List<SchemaRow> children() {
			return List.of();
		}

		@Override
		public String searchText() {
			return column.getName() + " " + role + " " + text(column.getDescription());
		}
	}

	record KeyGroupRow(String title, List<SchemaRow> keys) implements SchemaRow {
		@Override
		public String[] cells() {
			return new String[] { title, "", "", "", "", "" };
		}

		@Override
		public List<SchemaRow> children() {
			return keys;
		}

		@Override
		public String searchText() {
			return "";
		}
	}

	/** A foreign key, leaving or arriving; {@code otherTable} is the table at its other end. */
	record KeyRow(String text, String otherTable) implements SchemaRow {
		@Override
		public String[] cells() {
			return new String[] { text, "", "", "", "", "" };
		}

		@Override
		public List<SchemaRow> children() {
			return List.of();
		}

		@Override
		public String searchText() {
			return "";
		}
	}

	private static String names(List<Column> columns) {
		return columns.stream().map(Column::getName).collect(Collectors.joining(", "));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
