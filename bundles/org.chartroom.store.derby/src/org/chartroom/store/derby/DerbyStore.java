package org.chartroom.store.derby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.apache.derby.tools.sysinfo;
import org.chartroom.core.store.Store;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.store.WorkspaceInUseException;
import org.chartroom.core.workspace.WorkspaceLock;
import org.osgi.service.component.annotations.Component;

/**
 * The default store: an embedded Derby database inside the workspace folder, at
 * {@code <workspace>/store/derby}.
 */
@Component(service = Store.class, property = "chartroom.store=derby")
public final class DerbyStore implements Store {

	static final String DATABASE_FOLDER = "store/derby";

	@Override
	public String id() {
		return "derby";
	}

	@Override
	public String description() {
		return "Apache Derby " + sysinfo.getVersionString() + " (embedded)";
	}

	@Override
	public Workspace open(Path directory) throws StoreException {
		Path workspace = directory.toAbsolutePath().normalize();
		WorkspaceLock lock = WorkspaceLock.acquire(workspace);
		try {
			Path database = workspace.resolve(DATABASE_FOLDER);
			Files.createDirectories(database.getParent());
			DerbyEngine.routeLogTo(workspace.resolve("logs"));
			String url = "jdbc:derby:" + database;
			try (Connection connection = DerbyEngine.connect(url + ";create=true")) {
				Registry.ensure(connection);
				Registry.dropAbandonedDrafts(connection);
			}
			return new DerbyWorkspace(this, workspace, url, lock);
		} catch (SQLException e) {
			closeQuietly(lock);
			if (DerbyEngine.isBootedElsewhere(e)) {
				throw new WorkspaceInUseException("The workspace " + workspace
						+ " is in use by another process that has its database open. Close it, or choose another workspace with --workspace.");
			}
			throw new StoreException("Cannot open the workspace " + workspace + ": " + e.getMessage(), e);
		} catch (Exception e) {
			closeQuietly(lock);
			throw new StoreException("Cannot open the workspace " + workspace + ": " + e.getMessage(), e);
		}
	}

	private static void closeQuietly(WorkspaceLock lock) {
		try {
			lock.close();
		} catch (Exception ignored) {
			// the original failure is the one to report
		}
	}
}
