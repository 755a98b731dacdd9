package org.chartroom.cli.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chartroom.diagram.build.ColumnRoles;
import org.chartroom.diagram.build.ColumnTypeText;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.ForeignKey;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.TableSemantics;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.PatientSemantics;

/**
 * A schema for people: each table with its role and description, its columns (type, key, nullable,
 * semantic role, description), the foreign keys that leave it and those that lead to it.
 */
public final class SchemaText {

	private SchemaText() {
	}

	public static String of(String datasetName, Dataset schema) {
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		out.println("Dataset    " + datasetName);
		out.println("Source     " + schema.getSourceKind());
		out.println("Tables     " + schema.getTables().size());
		out.println("Keys       " + schema.getTables().stream().mapToInt(t -> t.getForeignKeys().size()).sum() + " foreign keys");
		for (Table table : schema.getTables()) {
			out.println();
			table(out, schema, table);
		}
		out.flush();
		return text.toString();
	}

	private static void table(PrintWriter out, Dataset schema, Table table) {
		out.println(table.getName() + role(table.getSemantics()));
		if (table.getDescription() != null && !table.getDescription().isBlank()) {
			out.println("  " + table.getDescription());
		}
		Map<Column, String> roles = ColumnRoles.of(table);
		List<Column> primary = table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getColumns();
		TextTable columns = new TextTable(List.of("COLUMN", "TYPE", "KEY", "NULLABLE", "ROLE", "DESCRIPTION"),
				new boolean[6]);
		for (Column column : table.getColumns()) {
			boolean foreign = table.getForeignKeys().stream().anyMatch(k -> k.getColumns().contains(column));
			String key = primary.contains(column) ? (foreign ? "PK FK" : "PK") : foreign ? "FK" : "";
			columns.add(column.getName(), ColumnTypeText.of(column), key, column.isNullable() ? "yes" : "no",
					roles.getOrDefault(column, ""), column.getDescription() == null ? "" : column.getDescription());
		}
		StringWriter lines = new StringWriter();
		columns.print(new PrintWriter(lines, true));
		lines.toString().lines().forEach(line -> out.println("  " + line));
		if (!table.getForeignKeys().isEmpty()) {
			out.println("  Foreign keys");
			for (ForeignKey key : table.getForeignKeys()) {
				out.println("    " + names(key.getColumns()) + " -> " + key.getTargetTable().getName() + "." + names(key.getTargetColumns()));
			}
		}
		List<String> incoming = schema.getTables().stream().flatMap(t -> t.getForeignKeys().stream()
				.filter(k -> k.getTargetTable() == table)
				.map(k -> t.getName() + "." + names(k.getColumns()) + " -> " + names(k.getTargetColumns()))).toList();
		if (!incoming.isEmpty()) {
			out.println("  Referred to by");
			incoming.forEach(line -> out.println("    " + line));
		}
	}

	private static String role(TableSemantics semantics) {
		if (semantics instanceof PatientSemantics) {
			return "  (patients)";
		}
		if (semantics instanceof StaySemantics stay) {
			return "  (stays" + (stay.getLabel() == null ? "" : ": " + stay.getLabel()) + ")";
		}
		if (semantics instanceof EventSemantics event) {
			return "  (events" + (event.getDomain() == null ? "" : ": " + event.getDomain()) + ")";
		}
		if (semantics instanceof DictionarySemantics) {
			return "  (dictionary)";
		}
		return "";
	}

	private static String names(List<Column> columns) {
		return columns.stream().map(Column::getName).collect(Collectors.joining(", "));
	}
}
