package org.chartroom.connector.omop;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How OMOP exports name their files: the table name in any letter case ({@code CONCEPT.csv},
 * {@code concept.csv.gz}, {@code Person.CSV}), sometimes behind a prefix that orders the files
 * ({@code 2b_concept.csv} in the MIMIC-IV demo). A leading {@code <digits><letters>_} is dropped
 * when what follows is a table of the CDM, so a table whose own name looked like that would still be found.
 */
final class OmopFileNames {

	private static final Pattern PREFIXED = Pattern.compile("[0-9]+[a-z]*_(.+)");

	private final Set<String> tables;

	/** @param tables the names of the CDM's tables, in lower case */
	OmopFileNames(Set<String> tables) {
		this.tables = Set.copyOf(tables);
	}

	/**
	 * The table of a file whose name, without {@code .csv} / {@code .csv.gz}, is {@code base}: a CDM
	 * table in lower case, or {@code base} in lower case when it names none (the import then skips it).
	 */
	String table(String base) {
		String name = base.toLowerCase(Locale.ROOT);
		if (tables.contains(name)) {
			return name;
		}
		Matcher prefixed = PREFIXED.matcher(name);
		return prefixed.matches() && tables.contains(prefixed.group(1)) ? prefixed.group(1) : name;
	}

	/** The base of a CSV file's name ({@code 2b_concept} of {@code 2b_concept.csv.gz}), empty for other files. */
	static Optional<String> base(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		for (String extension : new String[] { ".csv.gz", ".csv" }) {
			if (lower.endsWith(extension) && lower.length() > extension.length()) {
				return Optional.of(fileName.substring(0, fileName.length() - extension.length()));
			}
		}
		return Optional.empty();
	}
}
