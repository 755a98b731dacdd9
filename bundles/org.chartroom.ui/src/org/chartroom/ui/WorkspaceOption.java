package org.chartroom.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplicationContext;

/** The value of {@code --workspace DIR} or {@code --workspace=DIR} among the application arguments. */
final class WorkspaceOption {

	static final String NAME = "--workspace";

	private WorkspaceOption() {
	}

	static Optional<String> in(IApplicationContext context) {
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return arguments instanceof String[] strings ? in(List.of(strings)) : Optional.empty();
	}

	static Optional<String> in(List<String> arguments) {
		Optional<String> found = Optional.empty();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals(NAME) && i + 1 < arguments.size()) {
				found = Optional.of(arguments.get(++i));
			} else if (argument.startsWith(NAME + "=")) {
				found = Optional.of(argument.substring(NAME.length() + 1));
			}
		}
		return found.filter(value -> !value.isBlank());
	}
}
