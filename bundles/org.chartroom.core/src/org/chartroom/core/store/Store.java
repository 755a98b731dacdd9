package org.chartroom.core.store;

import java.nio.file.Path;

/**
 * A kind of database that holds workspaces (embedded Derby by default). Stores are OSGi
 * services; a connector or a view never talks to a database except through one.
 */
public interface Store {

	/** A short id, e.g. {@code derby}. */
	String id();

	/** A line for people: product and version, e.g. {@code Apache Derby 10.17.1.0 (embedded)}. */
	String description();

	/**
	 * Opens the workspace in {@code directory}, creating it when it does not exist yet.
	 * A workspace is held by one process at a time.
	 *
	 * @throws WorkspaceInUseException when another process, or another open workspace of this
	 *                                 process, holds it
	 */
	Workspace open(Path directory) throws StoreException;
}
