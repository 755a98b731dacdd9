package org.chartroom.sql.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryHistoryTest {

	@Test
	void newestFirstPerDatasetEachTextOnce(@TempDir Path workspace) throws Exception {
		QueryHistory history = new QueryHistory(workspace);
		Instant t = Instant.parse("2026-11-27T09:00:00Z");
		history.add("mimic3", "SELECT 1\nFROM patients", t);
		history.add("MIMIC3", "SELECT 2", t.plusSeconds(1));
		history.add("mimic3", "  SELECT 1\nFROM patients  ", t.plusSeconds(2));
		history.add("other", "SELECT 3", t.plusSeconds(3));
		assertEquals(List.of(new QueryHistory.Entry(t.plusSeconds(2), "SELECT 1\nFROM patients"),
				new QueryHistory.Entry(t.plusSeconds(1), "SELECT 2")), history.entries("Mimic3"));
		assertEquals(List.of(), history.entries("none"));
		assertEquals(List.of("SELECT 3"), new QueryHistory(workspace).entries("other").stream().map(QueryHistory.Entry::sql).toList());
	}
}
