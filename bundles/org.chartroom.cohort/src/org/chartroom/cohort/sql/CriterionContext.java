package org.chartroom.cohort.sql;

import org.chartroom.core.store.SqlDialect;
import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;

/**
 * What a {@link CriterionType} compiles against: the dataset's model, the store's dialect, the entry
 * and patient rows of the cohort's query, and names for the tables and aliases it adds.
 */
public final class CriterionContext {

	private final ClinicalModel model;
	private final Table entryTable;
	private final Table patientTable;
	private final String where;
	private final CriterionCompiler compiler;

	CriterionContext(ClinicalModel model, Table entryTable, Table patientTable, String where, CriterionCompiler compiler) {
		this.model = model;
		this.entryTable = entryTable;
		this.patientTable = patientTable;
		this.where = where;
		this.compiler = compiler;
	}

	/** The dataset's model: its tables and their clinical semantics. */
	public Dataset schema() {
		return model.schema();
	}

	public SqlDialect dialect() {
		return model.dialect();
	}

	/** The table of the cohort's entries (the stay level the cohort starts from). */
	public Table entryTable() {
		return entryTable;
	}

	public Table patientTable() {
		return patientTable;
	}

	/** A column of the entry row, qualified and quoted: {@code e."ICUSTAY_ID"}. */
	public String entry(Column column) {
		return model.name(CriterionCompiler.ENTRY, column);
	}

	/** A column of the entry's patient row, qualified and quoted: {@code p."GENDER"}. */
	public String patient(Column column) {
		return model.name(CriterionCompiler.PATIENT, column);
	}

	/** A table's name in the store, quoted, for the sub-queries a criterion adds. */
	public String table(Table table) {
		return model.name(table);
	}

	/** A column of a table under an alias, quoted: {@code x1."CHARTTIME"}. */
	public String column(String alias, Column column) {
		return model.name(alias, column);
	}

	/** An alias no other part of the cohort's query uses. */
	public String newAlias() {
		return compiler.newAlias();
	}

	/** The error for a field of this criterion that does not fit: {@code Invalid cohort definition: criterion 2 (…), field: problem.} */
	public InvalidCohortException invalid(String field, String problem) {
		return InvalidCohortException.at(where, field, problem);
	}
}
