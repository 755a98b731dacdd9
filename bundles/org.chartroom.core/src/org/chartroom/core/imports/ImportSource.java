package org.chartroom.core.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Table;

/**
 * The CSV files of an import, by table. The source is a folder or a {@code .zip} file (any letter
 * case, as PhysioNet distributes its data); the {@code *.csv} / {@code *.csv.gz} files (any letter
 * case) sit at its top, or in exactly one folder of it. Each file is mapped to a table by
 * {@link Connector#tableForFile}, among the tables of all the connector's schemas (a connector with
 * versions picks one later, from the files: {@link Connector#schemaFor}); files that name no table are
 * listed as skipped. Close it to release an open zip.
 */
public final class ImportSource implements AutoCloseable {

	private static final Closeable NOTHING_TO_CLOSE = () -> {
	};

	private final String location;
	private final Map<String, SourceFile> files;
	private final List<SourceFile> unmatched;
	private final List<String> skipped;
	private final Closeable resource;

	private ImportSource(String location, Map<String, SourceFile> files, List<SourceFile> unmatched, List<String> skipped,
			Closeable resource) {
		this.location = location;
		this.files = Collections.unmodifiableMap(new TreeMap<>(files));
		this.unmatched = List.copyOf(unmatched);
		this.skipped = List.copyOf(skipped);
		this.resource = resource;
	}

	/** Where the files are, for messages: a folder, a zip, or a folder in a zip ({@code /data/demo.zip!/demo}). */
	public String location() {
		return location;
	}

	/** The file of a table, if the source has one. */
	public Optional<SourceFile> file(String table) {
		return Optional.ofNullable(files.get(table));
	}

	/** The tables that have a file, by their names in the connector's schemas. */
	public Set<String> tables() {
		return files.keySet();
	}

	/** The CSV files that name no table, by name. */
	public List<SourceFile> unmatched() {
		return unmatched;
	}

	/** Warnings about CSV files that name no table. */
	public List<String> skipped() {
		return skipped;
	}

	/** Finds the CSV files in the folder or zip at {@code path} and maps them to the tables of the connector's schema. */
	public static ImportSource open(Path path, Connector connector) throws ImportException {
		if (!Files.exists(path)) {
			throw ImportException.general("No such folder or zip file: " + path);
		}
		if (Files.isDirectory(path)) {
			return scan(path, new PathFolder(path), connector, NOTHING_TO_CLOSE);
		}
		if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			throw ImportException.general(path + " is not a folder or a zip file: give the folder or the .zip file "
					+ "that holds the CSV files.");
		}
		ZipFolder zip = ZipFolder.open(path);
		try {
			return scan(path, zip, connector, zip.zip());
		} catch (ImportException | RuntimeException e) {
			closeQuietly(zip.zip(), e);
			throw e;
		}
	}

	private static ImportSource scan(Path path, SourceFolder top, Connector connector, Closeable resource)
			throws ImportException {
		SourceFolder folder = top;
		List<SourceFile> csv = csvFiles(folder, connector);
		if (csv.isEmpty()) {
			List<SourceFolder> folders = top.folders();
			if (folders.size() == 1) {
				folder = folders.get(0);
				csv = csvFiles(folder, connector);
			}
		}
		if (csv.isEmpty()) {
			throw ImportException.general("No CSV files (*.csv or *.csv.gz) in " + path + ".");
		}
		Set<String> tables = connector.schemas().stream().flatMap(schema -> schema.getTables().stream())
				.map(Table::getName).collect(Collectors.toUnmodifiableSet());
		Map<String, SourceFile> files = new TreeMap<>();
		List<SourceFile> unmatched = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (SourceFile file : csv) {
			String table = connector.tableForFile(file.name()).orElseThrow();
			String known = tables.stream().filter(t -> t.equalsIgnoreCase(table)).findFirst().orElse(null);
			if (known == null) {
				unmatched.add(file);
				skipped.add(file.name() + " matches no table of " + connector.displayName() + ": skipped.");
			} else if (files.containsKey(known)) {
				throw ImportException.general("Two files for table " + known + " in " + folder.location() + ": "
						+ files.get(known).name() + " and " + file.name() + ". Keep one.");
			} else {
				files.put(known, file);
			}
		}
		return new ImportSource(folder.location(), files, unmatched, skipped, resource);
	}

	private static List<SourceFile> csvFiles(SourceFolder folder, Connector connector) throws ImportException {
		return folder.files().stream().filter(f -> connector.tableForFile(f.name()).isPresent())
				.sorted(Comparator.comparing(f -> f.name().toUpperCase(Locale.ROOT))).toList();
	}

	private static void closeQuietly(Closeable resource, Exception failure) {
		try {
			resource.close();
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	@Override
	public void close() throws ImportException {
		try {
			resource.close();
		} catch (IOException e) {
			throw ImportException.general("Cannot close " + location + ": " + e.getMessage());
		}
	}
}
