package org.chartroom.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Table;

/**
 * The CSV files of an import, by table: a folder of {@code *.csv} / {@code *.csv.gz} (any letter
 * case), or a folder holding exactly one such folder. Files that name no table of the schema are
 * listed as skipped.
 *
 * @param folder  the folder the files are in
 * @param files   table name → its file
 * @param skipped warnings about CSV files that name no table
 */
public record ImportSource(Path folder, Map<String, Path> files, List<String> skipped) {

	public ImportSource {
		files = Map.copyOf(files);
		skipped = List.copyOf(skipped);
	}

	/** The file of a table, if the source has one. */
	public Optional<Path> file(String table) {
		return Optional.ofNullable(files.get(table));
	}

	/** Finds the CSV files under {@code path} and maps them to the tables of the connector's schema. */
	public static ImportSource scan(Path path, Connector connector) throws ImportException {
		if (!Files.exists(path)) {
			throw ImportException.general("No such folder: " + path);
		}
		if (!Files.isDirectory(path)) {
			throw ImportException.general(path + " is not a folder: give the folder that holds the CSV files.");
		}
		Path folder = path;
		List<Path> csv = csvFiles(folder, connector);
		if (csv.isEmpty()) {
			List<Path> folders = list(folder).stream().filter(Files::isDirectory).toList();
			if (folders.size() == 1) {
				folder = folders.get(0);
				csv = csvFiles(folder, connector);
			}
		}
		if (csv.isEmpty()) {
			throw ImportException.general("No CSV files (*.csv or *.csv.gz) in " + path + ".");
		}
		Set<String> tables = connector.schema().getTables().stream().map(Table::getName)
				.collect(Collectors.toUnmodifiableSet());
		Map<String, Path> files = new TreeMap<>();
		List<String> skipped = new ArrayList<>();
		for (Path file : csv) {
			String table = connector.tableForFile(file.getFileName().toString()).orElseThrow();
			String known = tables.stream().filter(t -> t.equalsIgnoreCase(table)).findFirst().orElse(null);
			if (known == null) {
				skipped.add(file.getFileName() + " matches no table of " + connector.displayName() + ": skipped.");
			} else if (files.containsKey(known)) {
				throw ImportException.general("Two files for table " + known + " in " + folder + ": "
						+ files.get(known).getFileName() + " and " + file.getFileName() + ". Keep one.");
			} else {
				files.put(known, file);
			}
		}
		return new ImportSource(folder, files, skipped);
	}

	private static List<Path> csvFiles(Path folder, Connector connector) throws ImportException {
		return list(folder).stream().filter(Files::isRegularFile)
				.filter(f -> connector.tableForFile(f.getFileName().toString()).isPresent())
				.sorted((a, b) -> a.getFileName().toString().toUpperCase(Locale.ROOT)
						.compareTo(b.getFileName().toString().toUpperCase(Locale.ROOT)))
				.toList();
	}

	private static List<Path> list(Path folder) throws ImportException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.toList();
		} catch (IOException e) {
			throw ImportException.general("Cannot list the folder " + folder + ": " + e.getMessage());
		}
	}
}
