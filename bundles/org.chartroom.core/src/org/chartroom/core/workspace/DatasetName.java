package org.chartroom.core.workspace;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A valid dataset name: a letter, then letters, digits or {@code _}, at most 64 characters.
 * Names compare case-insensitively; {@link #key()} is the form to compare and store.
 *
 * @param name the name as the user wrote it
 */
public record DatasetName(String name) {

	public static final int MAX_LENGTH = 64;

	private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	public DatasetName {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A dataset name is required.");
		}
		if (name.length() > MAX_LENGTH || !VALID.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' is not a valid dataset name: use a letter, then letters, "
					+ "digits or '_', at most " + MAX_LENGTH + " characters.");
		}
	}

	public static DatasetName of(String name) {
		return new DatasetName(name);
	}

	/** The case-insensitive identity of the name. */
	public String key() {
		return keyOf(name);
	}

	/**
	 * The case-insensitive identity of any text, valid name or not: what a store compares when it
	 * looks a name up (an invalid name then simply finds nothing).
	 */
	public static String keyOf(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return name;
	}
}
