package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chartroom.core.generate.DataGenerator.GeneratedTable;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/** One open {@link TableFile} per table of the schema, all at once, so each patient is written in one pass. */
final class TableFiles implements AutoCloseable {

	private final Map<String, TableFile> files = new LinkedHashMap<>();
	private boolean closed;

	/** Creates {@code TABLE.csv.gz} in {@code folder} for every table of {@code schema}, in the schema's order. */
	TableFiles(Dataset schema, Path folder) throws IOException {
		try {
			for (Table table : schema.getTables()) {
				Path file = folder.resolve(table.getName() + ".csv.gz");
				try {
					files.put(table.getName(), new TableFile(table, file));
				} catch (IOException | RuntimeException e) {
					Files.deleteIfExists(file);
					throw e;
				}
			}
		} catch (IOException | RuntimeException e) {
			abandon();
			throw e;
		}
	}

	/** The file of a table; the generator asking for a table the model lacks is a bug. */
	TableFile table(String name) {
		TableFile file = files.get(name);
		if (file == null) {
			throw new IllegalStateException("The model has no table " + name);
		}
		return file;
	}

	/** Closes every file and says what each holds. */
	List<GeneratedTable> finish() throws IOException {
		List<GeneratedTable> written = new ArrayList<>();
		closeAll();
		for (TableFile file : files.values()) {
			written.add(new GeneratedTable(file.name(), file.file(), file.rows()));
		}
		return written;
	}

	/** Closes and deletes every file, ignoring further errors: the caller is already failing or cancelling. */
	void abandon() {
		try {
			closeAll();
		} catch (IOException e) {
			// deleting below is what matters
		}
		for (TableFile file : files.values()) {
			try {
				Files.deleteIfExists(file.file());
			} catch (IOException e) {
				// nothing more can be done about a file that cannot be deleted
			}
		}
	}

	private void closeAll() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		IOException first = null;
		for (TableFile file : files.values()) {
			try {
				file.close();
			} catch (IOException e) {
				if (first == null) {
					first = e;
				} else {
					first.addSuppressed(e);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

	@Override
	public void close() throws IOException {
		closeAll();
	}
}
