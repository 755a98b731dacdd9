package org.chartroom.core.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * One CSV file of an import source: a file in a folder, or an entry of a zip. It is read as a
 * stream, never whole, so its size does not matter.
 */
public interface SourceFile {

	/** The file's own name, which names its table, e.g. {@code PATIENTS.csv.gz}. */
	String name();

	/**
	 * The file as messages name it: its name in a folder ({@code PATIENTS.csv.gz}), the zip and the
	 * entry in a zip ({@code demo.zip!/demo/PATIENTS.csv}).
	 */
	String location();

	/** The number of bytes {@link #openStream()} delivers; 0 when unknown. */
	long size();

	/** The file's bytes as stored: a {@code .gz} file is still compressed. The caller closes the stream. */
	InputStream openStream() throws IOException;
}
