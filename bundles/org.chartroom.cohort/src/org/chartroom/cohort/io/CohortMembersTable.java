package org.chartroom.cohort.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.chartroom.core.store.DerivedTable;
import org.chartroom.core.store.SqlDialect;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * {@value #NAME}: the entries of each saved cohort of a dataset, kept inside the dataset so that
 * reports and the SQL editor can join them ({@code SELECT … FROM CHARTROOM_COHORT_MEMBERS WHERE
 * COHORT_NAME = 'HF'}). Columns: {@code COHORT_NAME} (the cohort's name in upper case),
 * {@code PATIENT_ID}, {@code ENTRY_ID}, {@code ENTRY_START}, {@code ENTRY_END}. Created empty on
 * first save; each save replaces that cohort's rows.
 */
public final class CohortMembersTable implements DerivedTable {

	public static final String NAME = PREFIX + "COHORT_MEMBERS";

	static final int NAME_LENGTH = 64;

	/** The value of {@code COHORT_NAME} for a cohort: its name in upper case (names are case-insensitive). */
	public static String key(String cohortName) {
		return cohortName.toUpperCase(Locale.ROOT);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void create(Connection connection, SqlDialect dialect, IProgressMonitor monitor) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE " + NAME + " (COHORT_NAME VARCHAR(" + NAME_LENGTH + ") NOT NULL, "
					+ "PATIENT_ID BIGINT NOT NULL, ENTRY_ID BIGINT NOT NULL, ENTRY_START TIMESTAMP, ENTRY_END TIMESTAMP)");
			statement.executeUpdate("CREATE INDEX " + NAME + "_NAME ON " + NAME + " (COHORT_NAME, PATIENT_ID)");
		}
	}
}
