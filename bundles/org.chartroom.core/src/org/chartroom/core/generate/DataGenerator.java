package org.chartroom.core.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes synthetic source files shaped like a connector's input, for a first-run demo without
 * credentials and for benchmarks at scale. Generators are OSGi services; {@link #id()} is the id
 * of the connector that imports what they write.
 */
public interface DataGenerator {

	/** The id of the connector that imports the output, e.g. {@code mimic3}; the value of {@code --source}. */
	String id();

	/** A name for people, e.g. {@code Synthetic MIMIC-III}. */
	String displayName();

	/**
	 * Writes one {@code TABLE.csv.gz} per table into {@code folder} (created when absent; it must
	 * be empty otherwise). The same {@code patients} and {@code seed} always give the same bytes.
	 * Memory stays flat whatever {@code patients} is. Cancel through the monitor throws
	 * {@link org.eclipse.core.runtime.OperationCanceledException} and removes the files written.
	 *
	 * @return every file written, in the order written
	 */
	List<GeneratedTable> generate(int patients, long seed, Path folder, IProgressMonitor monitor) throws IOException;

	/**
	 * One file written by a generator.
	 *
	 * @param table the table it holds
	 * @param file  where it was written
	 * @param rows  how many records it has (the header not counted)
	 */
	record GeneratedTable(String table, Path file, long rows) {
	}
}
