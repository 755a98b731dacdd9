package org.chartroom.ui.imports;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartroom.core.workspace.DatasetName;

/** The dataset names Chartroom proposes: one made from a source's file name, and the first free one of a base. */
public final class SuggestedName {

	static final String FALLBACK = "dataset";
	private static final String ZIP = ".zip";

	private SuggestedName() {
	}

	/**
	 * A valid dataset name from the folder or zip file's name: {@code mimic-iii-demo} becomes
	 * {@code mimic_iii_demo}, {@code Données 2024.zip} becomes {@code donnees_2024}.
	 */
	public static String forSource(Path source) {
		Path file = source.getFileName();
		String base = file == null ? "" : file.toString();
		if (base.toLowerCase(Locale.ROOT).endsWith(ZIP)) {
			base = base.substring(0, base.length() - ZIP.length());
		}
		String name = Normalizer.normalize(base, Normalizer.Form.NFD)
				.replaceAll("\\p{M}+", "")
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "_")
				.replaceAll("^_+|_+$", "");
		if (name.isEmpty()) {
			return FALLBACK;
		}
		if (!Character.isLetter(name.charAt(0))) {
			name = FALLBACK + "_" + name;
		}
		if (name.length() > DatasetName.MAX_LENGTH) {
			name = name.substring(0, DatasetName.MAX_LENGTH).replaceAll("_+$", "");
		}
		return name;
	}

	/** {@code base} if no dataset has that name (in any letter case), else {@code base_2}, {@code base_3}, … */
	public static String free(String base, Collection<String> taken) {
		Set<String> keys = taken.stream().map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
		String candidate = base;
		for (int n = 2; keys.contains(candidate.toUpperCase(Locale.ROOT)); n++) {
			candidate = base + "_" + n;
		}
		return candidate;
	}
}
