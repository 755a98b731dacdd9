package org.chartroom.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chartroom.core.store.DatasetDraft;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

class QueryCancelTest {

	/** A cross join of 1,000 rows with itself three times: 10^9 combinations, far longer than the test. */
	private static final String ENDLESS = "SELECT COUNT(*) FROM N a, N b, N c WHERE a.I + b.I + c.I >= 0";

	/**
	 * Were cancel broken, the query would run for hours. The test runs in a thread of its own, so that
	 * the build fails after the timeout even when the query ignores the interrupt.
	 */
	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
	void cancellingTheMonitorStopsARunningQueryAndTheWorkspaceStaysUsable(@TempDir Path folder) throws Exception {
		try (Workspace workspace = StoreService.derby().open(folder)) {
			try (DatasetDraft draft = workspace.createDataset(DatasetName.of("numbers"), "test");
					Statement statement = draft.connection().createStatement()) {
				statement.executeUpdate("CREATE TABLE N (I INTEGER)");
				for (int i = 0; i < 1000; i += 10) {
					statement.executeUpdate("INSERT INTO N VALUES " + String.join(", ",
							java.util.stream.IntStream.range(i, i + 10).mapToObj(Integer::toString).toList()));
				}
				draft.publish(false);
			}
			NullProgressMonitor monitor = new NullProgressMonitor();
			ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
			try {
				later.schedule(() -> monitor.setCanceled(true), 1, TimeUnit.SECONDS);
				assertThrows(OperationCanceledException.class,
						() -> workspace.query("numbers", ENDLESS, 0, new RecordingHandler(), monitor));
			} finally {
				later.shutdownNow();
			}
			assertFalse(Thread.currentThread().isInterrupted(), "the query thread's interrupt flag is cleared");

			RecordingHandler after = new RecordingHandler();
			workspace.query("numbers", "SELECT COUNT(*), MAX(I) FROM N", 0, after, null);
			assertEquals(List.of(List.of(1000, 999)), after.rows);
		}
	}
}
