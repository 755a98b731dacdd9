package org.chartroom.core.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first records of a source file, read the way an import reads it (gzip, strict UTF-8, nothing
 * trimmed), for connectors that look at the files before choosing a schema: the header, or a version
 * recorded in the data.
 */
public final class CsvPreview {

	private CsvPreview() {
	}

	/**
	 * Up to {@code count} records of {@code file}, the header first; an empty unquoted field is null.
	 *
	 * @throws ImportException when the file cannot be read or parsed; the message names it
	 */
	public static List<List<String>> records(SourceFile file, int count) throws ImportException {
		try (Reader reader = CsvInput.open(file, file.openStream()); CSVParser parser = CsvInput.FORMAT.parse(reader)) {
			List<List<String>> records = new ArrayList<>();
			Iterator<CSVRecord> iterator = parser.iterator();
			while (records.size() < count && iterator.hasNext()) {
				records.add(iterator.next().toList());
			}
			return records;
		} catch (IOException e) {
			throw ImportException.inFile(file.location(), CsvInput.describe(e));
		} catch (UncheckedIOException e) {
			throw ImportException.inFile(file.location(), CsvInput.describe(e.getCause()));
		} catch (IllegalStateException e) {
			throw ImportException.inFile(file.location(), "cannot parse the CSV: " + e.getMessage());
		}
	}

	/** The header of {@code file}: its first record, or an empty list for an empty file. */
	public static List<String> header(SourceFile file) throws ImportException {
		List<List<String>> records = records(file, 1);
		return records.isEmpty() ? List.of() : records.get(0);
	}
}
