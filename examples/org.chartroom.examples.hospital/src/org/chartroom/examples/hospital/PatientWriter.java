package org.chartroom.examples.hospital;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws one patient after another and appends their rows to the open table files: 1 to 3 encounters
 * in 2021 to 2024, vital signs every 8 hours, the five lab tests every morning, 1 to 3 diagnoses per
 * encounter, and for about one patient in eight a death at the end of the last encounter. Each patient
 * has a random stream of its own, derived from the seed and its number only, so the first N patients
 * are the same whatever the total. Ids count up per table.
 */
final class PatientWriter {

	static final int FIRST_PATIENT_ID = 1001;
	private static final List<String> WARDS = List.of("Cardiology", "Internal medicine", "Pulmonology", "Surgery");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
	private static final LocalDate BORN_FROM = LocalDate.of(1935, 1, 1);
	private static final LocalDateTime FIRST_ADMISSION = LocalDateTime.of(2021, 1, 1, 0, 0);

	private final Map<String, CsvGzFile> files;
	private final long seed;
	private int nextEncounterId = 5001;
	private int nextVitalId = 1;
	private int nextLabId = 1;
	private int nextDiagnosisId = 1;

	PatientWriter(Map<String, CsvGzFile> files, long seed) {
		this.files = files;
		this.seed = seed;
	}

	void writeCodeList() throws IOException {
		for (Code code : Code.ALL) {
			files.get("CODE_LIST").row(code.code(), code.label(), code.category(), code.unit());
		}
	}

	void writePatient(int index) throws IOException {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		int patientId = FIRST_PATIENT_ID + index;
		String sex = random.nextBoolean() ? "F" : "M";
		LocalDate birth = BORN_FROM.plusDays(random.nextInt(65 * 365));
		int encounters = 1 + random.nextInt(3);
		LocalDateTime admit = FIRST_ADMISSION.plusDays(random.nextInt(3 * 365)).plusHours(random.nextInt(24));
		List<LocalDateTime[]> stays = new ArrayList<>();
		for (int e = 0; e < encounters; e++) {
			LocalDateTime discharge = admit.plusDays(1 + random.nextInt(10)).plusHours(random.nextInt(12));
			stays.add(new LocalDateTime[] { admit, discharge });
			admit = discharge.plusDays(10 + random.nextInt(190)).withHour(random.nextInt(24));
		}
		boolean dies = random.nextInt(8) == 0;
		LocalDateTime death = dies ? stays.get(stays.size() - 1)[1] : null;
		files.get("PATIENT").row(patientId, sex, time(birth.atStartOfDay()), death == null ? null : time(death));
		for (LocalDateTime[] stay : stays) {
			writeEncounter(random, patientId, stay[0], stay[1]);
		}
	}

	private void writeEncounter(SplittableRandom random, int patientId, LocalDateTime admit, LocalDateTime discharge)
			throws IOException {
		int encounterId = nextEncounterId++;
		files.get("ENCOUNTER").row(encounterId, patientId, time(admit), time(discharge), WARDS.get(random.nextInt(WARDS.size())));
		for (LocalDateTime at = admit; at.isBefore(discharge); at = at.plusHours(8)) {
			for (Code code : Code.of(Code.VITAL)) {
				files.get("VITAL_SIGN").row(nextVitalId++, patientId, encounterId, time(at), code.code(), value(random, code),
						code.unit());
			}
		}
		for (LocalDateTime at = admit.plusHours(2); at.isBefore(discharge); at = at.plusDays(1)) {
			for (Code code : Code.of(Code.LAB)) {
				BigDecimal value = value(random, code);
				String flag = value.doubleValue() < code.low() ? "L" : value.doubleValue() > code.high() ? "H" : "N";
				files.get("LAB_RESULT").row(nextLabId++, patientId, encounterId, time(at), code.code(), value, code.unit(), flag);
			}
		}
		List<Code> diagnoses = new ArrayList<>(Code.of(Code.DIAGNOSIS));
		int count = 1 + random.nextInt(3);
		for (int rank = 1; rank <= count; rank++) {
			Code code = diagnoses.remove(random.nextInt(diagnoses.size()));
			files.get("DIAGNOSIS").row(nextDiagnosisId++, patientId, encounterId, code.code(), rank);
		}
	}

	/** Near-normal (the sum of 12 uniforms), never below zero, with the code's decimals: locale-free. */
	private static BigDecimal value(SplittableRandom random, Code code) {
		double sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += random.nextDouble();
		}
		double value = Math.max(0, code.mean() + (sum - 6) * code.spread());
		if (code.code().equals("SPO2")) {
			value = Math.min(100, value);
		}
		return BigDecimal.valueOf(value).setScale(code.decimals(), RoundingMode.HALF_UP);
	}

	private static String time(LocalDateTime time) {
		return TIME.format(time);
	}
}
