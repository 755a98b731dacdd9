package org.chartroom.connector.mimic3.tests;

import java.util.Map;
import java.util.TreeMap;

/** Records per MIMIC-III demo file, header excluded, as ../shared/data/mimic-iii-demo/COUNTS.md lists them. */
final class DemoCounts {

	static final Map<String, Long> RECORDS = new TreeMap<>(Map.ofEntries(Map.entry("ADMISSIONS", 129L),
			Map.entry("CALLOUT", 77L), Map.entry("CAREGIVERS", 7567L), Map.entry("CHARTEVENTS", 758355L),
			Map.entry("CPTEVENTS", 1579L), Map.entry("DATETIMEEVENTS", 15551L), Map.entry("DIAGNOSES_ICD", 1761L),
			Map.entry("DRGCODES", 297L), Map.entry("D_CPT", 134L), Map.entry("D_ICD_DIAGNOSES", 14567L),
			Map.entry("D_ICD_PROCEDURES", 3882L), Map.entry("D_ITEMS", 12487L), Map.entry("D_LABITEMS", 753L),
			Map.entry("ICUSTAYS", 136L), Map.entry("INPUTEVENTS_CV", 34799L), Map.entry("INPUTEVENTS_MV", 13224L),
			Map.entry("LABEVENTS", 76074L), Map.entry("MICROBIOLOGYEVENTS", 2003L), Map.entry("NOTEEVENTS", 0L),
			Map.entry("OUTPUTEVENTS", 11320L), Map.entry("PATIENTS", 100L), Map.entry("PRESCRIPTIONS", 10398L),
			Map.entry("PROCEDUREEVENTS_MV", 753L), Map.entry("PROCEDURES_ICD", 506L), Map.entry("SERVICES", 163L),
			Map.entry("TRANSFERS", 524L)));

	private DemoCounts() {
	}
}
