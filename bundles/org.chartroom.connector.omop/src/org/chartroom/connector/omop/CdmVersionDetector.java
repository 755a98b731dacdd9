package org.chartroom.connector.omop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chartroom.core.connector.SchemaChoice;
import org.chartroom.core.imports.CsvPreview;
import org.chartroom.core.imports.ImportException;
import org.chartroom.core.imports.ImportSource;
import org.chartroom.core.imports.SourceFile;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Table;

/**
 * Tells which CDM version the files of an import are, before anything is created:
 * <ol>
 * <li>{@code cdm_source.cdm_version} when the file is there and the value names a version this
 * connector reads ({@code 5.3.1} → 5.3);</li>
 * <li>else the headers: each file whose columns are exactly those of its table in one version and not
 * the other (visit_occurrence's {@code admitted_from_concept_id} is 5.4, {@code admitting_source_concept_id}
 * 5.3; {@code episode} exists only in 5.4) counts for that version; the version with more wins;</li>
 * <li>else, when nothing tells them apart, the newest.</li>
 * </ol>
 * A folder in which no file names a CDM table is not an OMOP export: that fails with what was expected.
 */
final class CdmVersionDetector {

	private static final String CDM_SOURCE = "cdm_source";
	private static final String CDM_VERSION = "cdm_version";
	private static final int LISTED = 5;

	/** Oldest first. */
	private final List<CdmVersion> versions;

	CdmVersionDetector(List<CdmVersion> versions) {
		this.versions = List.copyOf(versions);
	}

	SchemaChoice choose(ImportSource source) throws ImportException {
		if (source.tables().isEmpty()) {
			throw notOmop(source);
		}
		Optional<SourceFile> cdmSource = source.file(CDM_SOURCE);
		String recorded = null;
		if (cdmSource.isPresent()) {
			recorded = recordedVersion(cdmSource.get()).orElse(null);
			Optional<CdmVersion> version = CdmVersion.majorMinor(recorded).flatMap(this::version);
			if (version.isPresent()) {
				return choice(version.get(), "detected from cdm_source.cdm_version (" + recorded.strip() + ")");
			}
		}
		Optional<String> unusable = Optional.ofNullable(recorded).map(r -> "cdm_source.cdm_version '" + r
				+ "' names no version this connector reads (" + versions.stream().map(CdmVersion::number)
						.collect(Collectors.joining(", ")) + ")");
		return byColumns(source, unusable);
	}

	private SchemaChoice byColumns(ImportSource source, Optional<String> unusable) throws ImportException {
		Map<CdmVersion, List<String>> fitsOnly = new LinkedHashMap<>();
		versions.forEach(v -> fitsOnly.put(v, new ArrayList<>()));
		for (String table : source.tables()) {
			List<String> header = CsvPreview.header(source.file(table).orElseThrow()).stream()
					.map(h -> h == null ? "" : h.toLowerCase(Locale.ROOT)).toList();
			List<CdmVersion> fitting = versions.stream().filter(v -> fits(v, table, header)).toList();
			if (fitting.size() == 1) {
				fitsOnly.get(fitting.get(0)).add(table);
			}
		}
		CdmVersion best = versions.get(versions.size() - 1);
		for (CdmVersion version : versions) {
			if (fitsOnly.get(version).size() > fitsOnly.get(best).size()) {
				best = version;
			}
		}
		List<String> evidence = fitsOnly.get(best);
		String alike = "every file fits " + versions.stream().map(CdmVersion::number).collect(Collectors.joining(" and "))
				+ " alike";
		if (evidence.isEmpty()) {
			return choice(best, "assumed: " + unusable.map(u -> alike + "; " + u).orElse("no cdm_source version, and " + alike));
		}
		return choice(best, "detected from the columns of the files (" + listed(evidence) + " fit " + best.number()
				+ " only)" + unusable.map(u -> "; " + u).orElse(""));
	}

	private static SchemaChoice choice(CdmVersion version, String how) {
		return new SchemaChoice(version.schema(), Optional.of(version.label() + " " + how));
	}

	private Optional<CdmVersion> version(String number) {
		return versions.stream().filter(v -> v.number().equals(number)).findFirst();
	}

	private static boolean fits(CdmVersion version, String table, List<String> header) {
		return version.schema().getTables().stream().filter(t -> t.getName().equals(table)).findFirst()
				.map(t -> t.getColumns().stream().map(Column::getName).toList().equals(header)).orElse(false);
	}

	/** The cdm_version of the file's first record, if the header has that column and the record a value. */
	private static Optional<String> recordedVersion(SourceFile file) throws ImportException {
		List<List<String>> records = CsvPreview.records(file, 2);
		if (records.size() < 2) {
			return Optional.empty();
		}
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			if (CDM_VERSION.equalsIgnoreCase(header.get(i)) && i < records.get(1).size()) {
				return Optional.ofNullable(records.get(1).get(i)).filter(v -> !v.isBlank());
			}
		}
		return Optional.empty();
	}

	private ImportException notOmop(ImportSource source) {
		List<String> found = source.unmatched().stream().map(SourceFile::name).toList();
		List<String> expected = versions.get(versions.size() - 1).schema().getTables().stream()
				.filter(t -> t.isRequired() || t.getSemantics() != null).map(Table::getName).toList();
		return ImportException.general(source.location() + " holds no OMOP CDM files: none of its " + found.size()
				+ " CSV files (" + listed(found) + ") is named after a table of the CDM. Expected "
				+ expected.stream().map(t -> t + ".csv").collect(Collectors.joining(", "))
				+ " and the other CDM tables (person is required), each .csv or .csv.gz in any letter case.");
	}

	private static String listed(List<String> names) {
		return names.size() <= LISTED ? String.join(", ", names)
				: String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
	}
}
