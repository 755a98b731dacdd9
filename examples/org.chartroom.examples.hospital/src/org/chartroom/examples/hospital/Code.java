package org.chartroom.examples.hospital;

import java.util.List;

/**
 * One entry of the hospital's code list, with what the generator needs to draw plausible values:
 * a mean, a spread and the decimals charted, and for lab tests the reference range.
 */
record Code(String code, String label, String category, String unit, double mean, double spread, int decimals, double low,
		double high) {

	static final String VITAL = "Vital sign";
	static final String LAB = "Laboratory";
	static final String DIAGNOSIS = "Diagnosis";

	/** Every code, in the order CODE_LIST lists them. */
	static final List<Code> ALL = List.of(
			vital("HR", "Heart rate", "bpm", 82, 14, 0),
			vital("SBP", "Systolic blood pressure", "mmHg", 126, 18, 0),
			vital("DBP", "Diastolic blood pressure", "mmHg", 74, 10, 0),
			vital("TEMP", "Body temperature", "°C", 37.0, 0.6, 1),
			vital("SPO2", "Oxygen saturation (SpO2)", "%", 96, 2, 0),
			vital("RR", "Respiratory rate", "/min", 17, 3, 0),
			lab("GLU", "Glucose", "mg/dL", 115, 35, 0, 70, 140),
			lab("CREA", "Creatinine", "mg/dL", 1.1, 0.4, 2, 0.6, 1.3),
			lab("HB", "Haemoglobin", "g/dL", 12.8, 1.8, 1, 12.0, 17.0),
			lab("K", "Potassium", "mmol/L", 4.2, 0.5, 1, 3.5, 5.1),
			lab("NA", "Sodium", "mmol/L", 139, 4, 0, 135, 145),
			diagnosis("I10", "Essential hypertension"),
			diagnosis("I50", "Heart failure"),
			diagnosis("J18", "Pneumonia, organism unspecified"),
			diagnosis("E11", "Type 2 diabetes mellitus"),
			diagnosis("N17", "Acute kidney failure"),
			diagnosis("A41", "Sepsis, other"));

	static List<Code> of(String category) {
		return ALL.stream().filter(code -> code.category().equals(category)).toList();
	}

	private static Code vital(String code, String label, String unit, double mean, double spread, int decimals) {
		return new Code(code, label, VITAL, unit, mean, spread, decimals, Double.NaN, Double.NaN);
	}

	private static Code lab(String code, String label, String unit, double mean, double spread, int decimals, double low,
			double high) {
		return new Code(code, label, LAB, unit, mean, spread, decimals, low, high);
	}

	private static Code diagnosis(String code, String label) {
		return new Code(code, label, DIAGNOSIS, null, 0, 0, 0, Double.NaN, Double.NaN);
	}
}
