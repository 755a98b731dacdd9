package org.chartroom.sql.result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements run on each dataset, newest first, kept as plain SQL files in the workspace
 * ({@code <workspace>/sql-history/<DATASET>.sql}) so that people can read and grep them. Each
 * entry starts with a marker comment line that holds when it ran.
 */
public final class QueryHistory {

	/** Entries kept per dataset; older ones are dropped when the file is rewritten. */
	public static final int LIMIT = 200;
	private static final String MARKER = "-- chartroom history ";

	private final Path folder;

	public QueryHistory(Path workspaceDirectory) {
		this.folder = workspaceDirectory.resolve("sql-history");
	}

	/** One statement run. */
	public record Entry(Instant ranAt, String sql) {
	}

	/** Records a statement run on a dataset. */
	public synchronized void add(String dataset, String sql, Instant ranAt) throws IOException {
		Files.createDirectories(folder);
		Path file = file(dataset);
		String entry = MARKER + ranAt + "\n" + sql.strip() + "\n";
		Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		List<Entry> all = read(file);
		if (all.size() > LIMIT * 2) {
			StringBuilder kept = new StringBuilder();
			all.subList(all.size() - LIMIT, all.size()).forEach(e -> kept.append(MARKER).append(e.ranAt()).append('\n')
					.append(e.sql()).append('\n'));
			Files.writeString(file, kept, StandardCharsets.UTF_8);
		}
	}

	/** The statements run on a dataset, newest first, each text once. */
	public synchronized List<Entry> entries(String dataset) throws IOException {
		List<Entry> all = read(file(dataset));
		List<Entry> newestFirst = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = all.size() - 1; i >= 0 && newestFirst.size() < LIMIT; i--) {
			if (seen.add(all.get(i).sql())) {
				newestFirst.add(all.get(i));
			}
		}
		return newestFirst;
	}

	private Path file(String dataset) {
		return folder.resolve(dataset.toUpperCase(Locale.ROOT) + ".sql");
	}

	private static List<Entry> read(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (!Files.isRegularFile(file)) {
			return entries;
		}
		Instant ranAt = null;
		StringBuilder sql = new StringBuilder();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.startsWith(MARKER)) {
				if (ranAt != null) {
					entries.add(new Entry(ranAt, sql.toString().strip()));
				}
				ranAt = Instant.parse(line.substring(MARKER.length()).strip());
				sql.setLength(0);
			} else {
				sql.append(line).append('\n');
			}
		}
		if (ranAt != null) {
			entries.add(new Entry(ranAt, sql.toString().strip()));
		}
		return entries;
	}
}
