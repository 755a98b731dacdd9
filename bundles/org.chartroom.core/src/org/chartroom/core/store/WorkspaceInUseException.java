package org.chartroom.core.store;

/** Another process (or another open workspace in this process) holds the workspace. */
public final class WorkspaceInUseException extends StoreException {

	private static final long serialVersionUID = 1L;

	public WorkspaceInUseException(String message) {
		super(message);
	}
}
