package org.chartroom.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.chartroom.core.generate.DataGenerator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A generator of MIMIC-III-shaped files small enough to read: the three tables the connector
 * requires, 3 patients with 4 admissions and 3 ICU stays. Registered as a service by the tests
 * that need one; remembers how it was called.
 */
final class FakeGenerator implements DataGenerator {

	static final String PATIENTS = """
			row_id,subject_id,gender,dob,dod,dod_hosp,dod_ssn,expire_flag
			1,101,F,2080-01-02 00:00:00,,,,0
			2,102,M,2075-05-06 00:00:00,2150-01-01 00:00:00,2150-01-01 00:00:00,,1
			3,103,F,2090-12-24 00:00:00,,,,0
			""";
	static final String ADMISSIONS = """
			row_id,subject_id,hadm_id,admittime,dischtime,deathtime,admission_type,admission_location,discharge_location,insurance,language,religion,marital_status,ethnicity,edregtime,edouttime,diagnosis,hospital_expire_flag,has_chartevents_data
			1,101,1001,2140-01-01 10:00:00,2140-01-05 12:00:00,,EMERGENCY,EMERGENCY ROOM ADMIT,HOME,Medicare,ENGL,,SINGLE,WHITE,,,SEPSIS,0,1
			2,101,1002,2141-03-01 08:00:00,2141-03-02 09:00:00,,ELECTIVE,PHYS REFERRAL/NORMAL DELI,HOME,Private,ENGL,,SINGLE,WHITE,,,CHEST PAIN,0,1
			3,102,1003,2149-12-20 22:00:00,2150-01-01 00:00:00,2150-01-01 00:00:00,EMERGENCY,EMERGENCY ROOM ADMIT,DEAD/EXPIRED,Medicare,,,,WHITE,,,PNEUMONIA,1,1
			4,103,1004,2160-07-07 07:07:00,2160-07-09 10:00:00,,URGENT,TRANSFER FROM HOSP/EXTRAM,SNF,Private,,,,ASIAN,,,FRACTURE,0,1
			""";
	static final String ICUSTAYS = """
			row_id,subject_id,hadm_id,icustay_id,dbsource,first_careunit,last_careunit,first_wardid,last_wardid,intime,outtime,los
			1,101,1001,2001,metavision,MICU,MICU,12,12,2140-01-01 11:00:00,2140-01-03 11:00:00,2.0
			2,102,1003,2002,metavision,CCU,CCU,7,7,2149-12-20 23:00:00,2150-01-01 00:00:00,11.04
			3,103,1004,2003,carevue,SICU,SICU,33,33,2160-07-07 08:00:00,2160-07-08 08:00:00,1.0
			""";

	record Call(int patients, long seed, Path folder) {
	}

	private final List<Call> calls = new ArrayList<>();

	/** Registers a new fake as a generator service; the caller unregisters it. */
	static ServiceRegistration<DataGenerator> register(FakeGenerator fake) {
		return FrameworkUtil.getBundle(FakeGenerator.class).getBundleContext()
				.registerService(DataGenerator.class, fake, new Hashtable<>());
	}

	static boolean anyInstalled() throws Exception {
		return !FrameworkUtil.getBundle(FakeGenerator.class).getBundleContext()
				.getServiceReferences(DataGenerator.class, null).isEmpty();
	}

	synchronized List<Call> calls() {
		return List.copyOf(calls);
	}

	@Override
	public String id() {
		return "mimic3";
	}

	@Override
	public String displayName() {
		return "Tiny MIMIC-III (test)";
	}

	@Override
	public List<GeneratedTable> generate(int patients, long seed, Path folder, IProgressMonitor monitor)
			throws IOException {
		synchronized (this) {
			calls.add(new Call(patients, seed, folder));
		}
		Files.createDirectories(folder);
		return List.of(write(folder, "PATIENTS", PATIENTS), write(folder, "ADMISSIONS", ADMISSIONS),
				write(folder, "ICUSTAYS", ICUSTAYS));
	}

	private static GeneratedTable write(Path folder, String table, String csv) throws IOException {
		Path file = folder.resolve(table + ".csv.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			writer.write(csv);
		}
		return new GeneratedTable(table, file, csv.lines().count() - 1);
	}
}
