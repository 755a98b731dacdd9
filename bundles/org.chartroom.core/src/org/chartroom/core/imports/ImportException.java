package org.chartroom.core.imports;

import java.util.Optional;

import org.chartroom.core.store.StoreException;

/**
 * Bad or missing source data stopped an import. The message names the file, and where it can the
 * line (1-based physical line where the record starts), the column and the value, e.g.
 * {@code ADMISSIONS.csv.gz line 12, column ADMITTIME: 'abc' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)}.
 */
public final class ImportException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final long line;
	private final String column;
	private final String value;

	private ImportException(String message, String file, long line, String column, String value, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.value = value;
	}

	/** A problem with the import as a whole (no file, or many). */
	public static ImportException general(String message) {
		return new ImportException(message, null, 0, null, null, null);
	}

	/** A problem with a whole file (e.g. it is missing, or its header is wrong). */
	public static ImportException inFile(String file, String problem) {
		return new ImportException(file + ": " + problem, file, 0, null, null, null);
	}

	/** A problem at a line of a file that is not one value's (a wrong number of fields, unreadable bytes). */
	public static ImportException atLine(String file, long line, String problem, Throwable cause) {
		return new ImportException(file + " line " + line + ": " + problem, file, line, null, null, cause);
	}

	/** A value that does not fit its column. */
	public static ImportException atValue(String file, long line, String column, String value, String problem) {
		return new ImportException(file + " line " + line + ", column " + column + ": '" + value + "' " + problem,
				file, line, column, value, null);
	}

	/** The source file's name, if the problem is in one. */
	public Optional<String> file() {
		return Optional.ofNullable(file);
	}

	/** The 1-based line where the bad record starts; 0 when the problem is not at a line. */
	public long line() {
		return line;
	}

	/** The column, if the problem is one value. */
	public Optional<String> column() {
		return Optional.ofNullable(column);
	}

	/** The value as the file has it, if the problem is one value. */
	public Optional<String> value() {
		return Optional.ofNullable(value);
	}
}
