package org.chartroom.cohort.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.sql.CompiledCohort;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.ResultColumn;
import org.chartroom.core.store.RowHandler;
import org.chartroom.core.store.SqlUpdate;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.core.workspace.DatasetName;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The cohorts saved in a workspace: each as {@code <workspace>/cohorts/<DATASET>/<NAME>.xmi} and its
 * entries in the dataset's {@link CohortMembersTable}. Names are case-insensitive, like dataset names.
 * This is the API other bundles (reports, the Datasets view) read saved cohorts through.
 */
public final class SavedCohorts {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0," + (CohortMembersTable.NAME_LENGTH - 1) + "}");
	private static final String EXTENSION = ".xmi";

	private final Workspace workspace;

	public SavedCohorts(Workspace workspace) {
		this.workspace = workspace;
	}

	/** Checks a cohort name: a letter, then letters, digits or {@code _}, at most 64. */
	public static String checkName(String name) throws StoreException {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new StoreException("'" + name + "' is not a valid cohort name: use a letter, then letters, digits or _, at most "
					+ CohortMembersTable.NAME_LENGTH + " characters.");
		}
		return name;
	}

	/** The names of the cohorts saved for a dataset, sorted. */
	public List<String> names(String dataset) throws IOException {
		Path folder = folder(dataset);
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
				for (Path file : files) {
					String name = file.getFileName().toString();
					names.add(name.substring(0, name.length() - EXTENSION.length()));
				}
			}
		}
		names.sort(String.CASE_INSENSITIVE_ORDER);
		return names;
	}

	/** A saved cohort's definition, if there is one of that name. */
	public Optional<Cohort> load(String dataset, String name) throws IOException {
		Optional<Path> file = file(dataset, name);
		return file.isEmpty() ? Optional.empty() : Optional.of(CohortXmi.read(file.get()));
	}

	/**
	 * Saves a cohort: its entries replace that cohort's rows of the members table in one transaction,
	 * then the definition replaces its file. A failure leaves the earlier rows and file as they were.
	 *
	 * @return the entries saved
	 */
	public long save(String dataset, String name, Cohort cohort, CompiledCohort compiled, IProgressMonitor monitor)
			throws StoreException, IOException {
		checkName(name);
		Path folder = Files.createDirectories(folder(dataset));
		Path temporary = Files.createTempFile(folder, name, ".tmp");
		try {
			Cohort named = org.eclipse.emf.ecore.util.EcoreUtil.copy(cohort);
			named.setName(name);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				CohortXmi.write(named, out);
			}
			SqlPart entries = compiled.entries();
			List<Object> parameters = new ArrayList<>();
			parameters.add(key(name));
			parameters.addAll(entries.parameters());
			String table = CohortMembersTable.NAME;
			List<Integer> changed = workspace.updateDerived(dataset, new CohortMembersTable(), List.of(
					new SqlUpdate("DELETE FROM " + table + " WHERE COHORT_NAME = ?", List.of(key(name))),
					new SqlUpdate("INSERT INTO " + table + " (COHORT_NAME, PATIENT_ID, ENTRY_ID, ENTRY_START, ENTRY_END) "
							+ "SELECT CAST(? AS VARCHAR(" + CohortMembersTable.NAME_LENGTH + ")), m.PATIENT_ID, m.ENTRY_ID, "
							+ "m.ENTRY_START, m.ENTRY_END FROM (" + entries.sql() + ") m", parameters)),
					monitor);
			Optional<Path> old = file(dataset, name);
			if (old.isPresent() && !old.get().getFileName().toString().equals(name + EXTENSION)) {
				Files.delete(old.get()); // the same cohort saved before under another letter case
			}
			Files.move(temporary, folder.resolve(name + EXTENSION), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			return changed.get(1);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Deletes a saved cohort: its rows of the members table first (one transaction), then its file, so a
	 * failure leaves the cohort listed and it can be deleted again.
	 *
	 * @return the member rows deleted
	 */
	public long delete(String dataset, String name) throws StoreException, IOException {
		Optional<Path> file = file(dataset, name);
		if (file.isEmpty()) {
			throw unknown(dataset, name);
		}
		List<Integer> changed = workspace.updateDerived(dataset, new CohortMembersTable(),
				List.of(new SqlUpdate("DELETE FROM " + CohortMembersTable.NAME + " WHERE COHORT_NAME = ?", List.of(key(name)))),
				null);
		Files.delete(file.get());
		return changed.get(0);
	}

	/** The error for a name no saved cohort has, naming those that are saved. */
	private StoreException unknown(String dataset, String name) throws IOException {
		List<String> saved = names(dataset);
		return new StoreException("No cohort '" + name + "' is saved for dataset " + dataset
				+ (saved.isEmpty() ? " (none is saved yet)." : " (saved: " + String.join(", ", saved) + ")."));
	}

	/** The distinct patient ids of a saved cohort's entries, in ascending order. */
	public List<Long> memberPatientIds(String dataset, String name) throws StoreException, IOException {
		if (file(dataset, name).isEmpty()) {
			throw unknown(dataset, name);
		}
		workspace.ensureDerived(dataset, new CohortMembersTable(), null);
		List<Long> ids = new ArrayList<>();
		workspace.query(dataset, "SELECT DISTINCT PATIENT_ID FROM " + CohortMembersTable.NAME
				+ " WHERE COHORT_NAME = ? ORDER BY PATIENT_ID", List.of(key(name)), 0, new RowHandler() {
					@Override
					public void columns(List<ResultColumn> columns) {
						// one column, known
					}

					@Override
					public void row(Object[] values) {
						ids.add(((Number) values[0]).longValue());
					}
				}, null);
		return ids;
	}

	private Optional<Path> file(String dataset, String name) throws IOException {
		for (String saved : names(dataset)) {
			if (saved.equalsIgnoreCase(name)) {
				return Optional.of(folder(dataset).resolve(saved + EXTENSION));
			}
		}
		return Optional.empty();
	}

	private Path folder(String dataset) {
		return workspace.directory().resolve("cohorts").resolve(DatasetName.keyOf(dataset));
	}

	private static String key(String name) {
		return CohortMembersTable.key(name);
	}
}
