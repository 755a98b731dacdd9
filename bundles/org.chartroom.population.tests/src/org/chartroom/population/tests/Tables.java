package org.chartroom.population.tests;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.core.store.DatasetInfo;
import org.chartroom.core.store.Workspace;
import org.chartroom.population.ConceptRef;
import org.chartroom.population.InstalledStatistics;
import org.chartroom.population.MeasurementStatistic;
import org.chartroom.population.Population;
import org.chartroom.population.PopulationContext;
import org.chartroom.population.PopulationStatistic;
import org.chartroom.population.Populations;
import org.chartroom.population.Table1;
import org.chartroom.population.Table1Calculator;

/** Table 1s computed the way the CLI and the view do: the installed statistics plus measurements. */
final class Tables {

	private Tables() {
	}

	static PopulationContext context(String dataset, String cohort) throws Exception {
		Workspace workspace = DemoWorkspace.get();
		DatasetInfo info = workspace.findDataset(dataset).orElseThrow();
		Populations populations = new Populations(workspace);
		Population population = cohort == null ? populations.wholeDataset(info, DemoWorkspace.schema(dataset))
				: populations.savedCohort(info, DemoWorkspace.schema(dataset), cohort);
		return new PopulationContext(workspace, info, DemoWorkspace.schema(dataset), population);
	}

	static Table1 table(String dataset, String cohort, String... concepts) throws Exception {
		List<PopulationStatistic> statistics = new ArrayList<>(InstalledStatistics.list());
		for (String concept : concepts) {
			statistics.add(new MeasurementStatistic(ConceptRef.parse(concept)));
		}
		return Table1Calculator.compute(context(dataset, cohort), statistics, null);
	}

	/** The table as {@code characteristic = value [n]} lines, for exact comparison. */
	static List<String> lines(Table1 table) {
		return table.rows().stream().map(r -> r.characteristic() + " = " + r.value() + " [" + r.n() + "]").toList();
	}

	/** The table as {@code value [n]} lines, as {@link HandTable1} prints them. */
	static List<String> values(Table1 table) {
		return table.rows().stream().map(r -> r.value() + " [" + r.n() + "]").toList();
	}
}
