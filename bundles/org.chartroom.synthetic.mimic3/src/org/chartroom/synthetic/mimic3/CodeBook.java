package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coding dictionaries: ICD-9 diagnoses and procedures, DRG codes and CPT ranges
 * ({@code data/icd9-*.tsv}, {@code drg-codes.tsv}, {@code cpt-sections.tsv}). Looking up a code that is
 * not there is a catalogue bug and fails at once, so the generated events never use a code the
 * generated dictionaries lack.
 */
final class CodeBook {

	record Code(String code, String shortTitle, String longTitle) {
	}

	/** @param type HCFA, MS or {@code APR } (with MIMIC-III's trailing blank) */
	record Drg(String type, String code, String description) {
	}

	record Section(String category, String sectionRange, String header, String subsectionRange, String subsectionHeader,
			String suffix, int min, int max) {
	}

	private final Map<String, Code> diagnoses = codes("icd9-diagnoses.tsv");
	private final Map<String, Code> procedures = codes("icd9-procedures.tsv");
	private final Map<String, Drg> drgs = new LinkedHashMap<>();
	private final List<Section> sections = new ArrayList<>();

	CodeBook() {
		for (Tsv.Row row : Tsv.read("drg-codes.tsv")) {
			Drg drg = new Drg(row.text("type"), row.text("code"), row.text("description"));
			drgs.put(drg.type().strip() + ":" + drg.code(), drg);
		}
		for (Tsv.Row row : Tsv.read("cpt-sections.tsv")) {
			sections.add(new Section(row.text("category"), row.text("sectionrange"), row.text("sectionheader"),
					row.text("subsectionrange"), row.text("subsectionheader"), row.textOrNull("codesuffix"), row.integer("min"),
					row.integer("max")));
		}
	}

	private static Map<String, Code> codes(String file) {
		Map<String, Code> codes = new LinkedHashMap<>();
		for (Tsv.Row row : Tsv.read(file)) {
			codes.put(row.text("code"), new Code(row.text("code"), row.text("short_title"), row.text("long_title")));
		}
		return codes;
	}

	Code diagnosis(String code) {
		return find(diagnoses, code, "icd9-diagnoses.tsv");
	}

	Code procedure(String code) {
		return find(procedures, code, "icd9-procedures.tsv");
	}

	/** A DRG by {@code TYPE:CODE}, e.g. {@code APR:720}. */
	Drg drg(String key) {
		return find(drgs, key, "drg-codes.tsv");
	}

	/** The D_CPT subsection whose range holds a (numeric) CPT code. */
	Section section(String cptCode) {
		int number = Integer.parseInt(cptCode);
		return sections.stream().filter(s -> s.min() <= number && number <= s.max()).findFirst()
				.orElseThrow(() -> new IllegalStateException("No range of data/cpt-sections.tsv holds CPT code " + cptCode));
	}

	private static <T> T find(Map<String, T> map, String key, String file) {
		T value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("data/" + file + " has no code " + key);
		}
		return value;
	}

	void writeDictionaries(TableFiles files) throws IOException {
		write(files.table("D_ICD_DIAGNOSES"), diagnoses);
		write(files.table("D_ICD_PROCEDURES"), procedures);
		TableFile.Rows cpt = files.table("D_CPT").rows("CATEGORY", "SECTIONRANGE", "SECTIONHEADER", "SUBSECTIONRANGE",
				"SUBSECTIONHEADER", "CODESUFFIX", "MINCODEINSUBSECTION", "MAXCODEINSUBSECTION");
		for (Section s : sections) {
			cpt.add(s.category(), s.sectionRange(), s.header(), s.subsectionRange(), s.subsectionHeader(), s.suffix(),
					Text.of(s.min()), Text.of(s.max()));
		}
	}

	private static void write(TableFile table, Map<String, Code> codes) throws IOException {
		TableFile.Rows rows = table.rows("ICD9_CODE", "SHORT_TITLE", "LONG_TITLE");
		for (Code code : codes.values()) {
			rows.add(code.code(), code.shortTitle(), code.longTitle());
		}
	}
}
