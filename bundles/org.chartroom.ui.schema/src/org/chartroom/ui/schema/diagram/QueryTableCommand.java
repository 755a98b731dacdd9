package org.chartroom.ui.schema.diagram;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;

/**
 * "Query this table": the SQL editor's open command, when a bundle installed now defines it. Its
 * parameters are filled by what their ids end with: {@code sql}/{@code query} gets a SELECT of the
 * table, {@code dataset} the dataset's name, {@code table} the table's.
 */
final class QueryTableCommand {

	static final String OPEN_SQL_EDITOR = "org.chartroom.ui.sql.commands.openEditor";

	private final ECommandService commands;
	private final EHandlerService handlers;

	QueryTableCommand(ECommandService commands, EHandlerService handlers) {
		this.commands = commands;
		this.handlers = handlers;
	}

	boolean isAvailable() {
		Command command = commands.getCommand(OPEN_SQL_EDITOR);
		return command != null && command.isDefined();
	}

	void run(String dataset, String table) {
		Map<String, Object> values = new HashMap<>();
		try {
			IParameter[] parameters = commands.getCommand(OPEN_SQL_EDITOR).getParameters();
			for (IParameter parameter : parameters == null ? new IParameter[0] : parameters) {
				String id = parameter.getId().toLowerCase(Locale.ROOT);
				if (id.endsWith("sql") || id.endsWith("query") || id.endsWith("statement")) {
					values.put(parameter.getId(), "SELECT * FROM " + table);
				} else if (id.endsWith("dataset")) {
					values.put(parameter.getId(), dataset);
				} else if (id.endsWith("table")) {
					values.put(parameter.getId(), table);
				}
			}
		} catch (NotDefinedException e) {
			return; // gone since the menu was shown
		}
		handlers.executeHandler(commands.createCommand(OPEN_SQL_EDITOR, values));
	}
}
