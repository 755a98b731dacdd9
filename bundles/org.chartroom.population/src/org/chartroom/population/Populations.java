package org.chartroom.population;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.io.CohortMembersTable;
import org.chartroom.cohort.io.SavedCohorts;
import org.chartroom.cohort.sql.CohortCompiler;
import org.chartroom.cohort.sql.SqlPart;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.Workspace;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;

/**
 * Finds the population of a dataset: its top-level stays (admissions, visits) through the cohort
 * compiler with no criterion, or the entries a saved cohort stored in {@link CohortMembersTable}.
 */
public final class Populations {

	private final Workspace workspace;

	public Populations(Workspace workspace) {
		this.workspace = workspace;
	}

	/** Every top-level stay of the dataset (MIMIC-III: admissions; OMOP: visits) is an entry. */
	public Population wholeDataset(DatasetInfo dataset, Dataset schema) throws StoreException {
		Table top = schema.getTables().stream()
				.filter(t -> t.getSemantics() instanceof StaySemantics s && s.getParentStayColumn() == null && s.getLevel() != null)
				.findFirst().orElseThrow(() -> new PopulationException(
						"The model of dataset " + dataset.name() + " names no top-level stay (admission, visit) to count entries by."));
		Cohort all = CohortFactory.eINSTANCE.createCohort();
		all.setEntryLevel(((StaySemantics) top.getSemantics()).getLevel());
		var compiled = new CohortCompiler(schema, workspace.dialect()).compile(all);
		return new Population(dataset.name(), Optional.empty(), label(top), compiled.entries());
	}

	/** A saved cohort's entries; fails naming the saved cohorts when there is none of that name. */
	public Population savedCohort(DatasetInfo dataset, Dataset schema, String name) throws StoreException {
		SavedCohorts saved = new SavedCohorts(workspace);
		try {
			List<String> names = saved.names(dataset.name());
			String found = names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
					.orElseThrow(() -> new PopulationException("No cohort '" + name + "' is saved for dataset " + dataset.name()
							+ (names.isEmpty() ? " (none is saved)." : " (saved: " + String.join(", ", names) + ").")));
			Cohort cohort = saved.load(dataset.name(), found).orElseThrow();
			String entryLabel = schema.getTables().stream()
					.filter(t -> t.getSemantics() instanceof StaySemantics s && s.getLevel() != null
							&& s.getLevel().equalsIgnoreCase(cohort.getEntryLevel()))
					.findFirst().map(Populations::label).orElse("Entries");
			workspace.ensureDerived(dataset.name(), new CohortMembersTable(), null);
			SqlPart entries = new SqlPart("SELECT ENTRY_ID, PATIENT_ID, ENTRY_START, ENTRY_END FROM " + CohortMembersTable.NAME
					+ " WHERE COHORT_NAME = ?", List.of(CohortMembersTable.key(found)));
			return new Population(dataset.name(), Optional.of(found), entryLabel, entries);
		} catch (IOException e) {
			throw new StoreException("Cannot read the saved cohorts of dataset " + dataset.name() + ": " + e.getMessage(), e);
		}
	}

	/** The names of the dataset's saved cohorts, sorted. */
	public List<String> savedCohortNames(DatasetInfo dataset) throws StoreException {
		try {
			return new SavedCohorts(workspace).names(dataset.name());
		} catch (IOException e) {
			throw new StoreException("Cannot read the saved cohorts of dataset " + dataset.name() + ": " + e.getMessage(), e);
		}
	}

	private static String label(Table stayTable) {
		String label = ((StaySemantics) stayTable.getSemantics()).getLabel();
		return label == null || label.isBlank() ? stayTable.getName() : label;
	}
}
