package org.chartroom.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chartroom.core.store.WorkspaceInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {

	@Test
	void secondHolderIsRefusedUntilTheFirstLetsGo(@TempDir Path dir) throws Exception {
		Path workspace = dir.resolve("ws");
		try (WorkspaceLock first = WorkspaceLock.acquire(workspace)) {
			assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(workspace.resolve(".lock")));
			WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class, () -> WorkspaceLock.acquire(workspace));
			assertEquals("The workspace " + workspace + " is in use by another Chartroom process (this process)."
					+ " Close it, or choose another workspace with --workspace.", e.getMessage());
		}
		try (WorkspaceLock again = WorkspaceLock.acquire(workspace)) {
			// released by close: a new holder gets it
		}
	}
}
