package org.chartroom.ui.cohort;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.connector.Connector;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.Table;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A dataset a cohort is built on, with the model its connector describes it by: the stay levels a
 * cohort can enter at and the event tables its concept criteria look in.
 */
public record CohortDataset(DatasetInfo info, Dataset schema) {

	/** A stay level of the model: {@code icu} labelled "ICU stays". */
	public record StayLevel(String level, String label) {
	}

	private static ServiceTracker<Connector, Connector> connectors;

	/** The dataset with its connector's model; empty when that connector is not installed. */
	public static Optional<CohortDataset> of(DatasetInfo info) {
		return connector(info.sourceKind()).map(connector -> new CohortDataset(info, connector.schemaOf(info)));
	}

	public String name() {
		return info.name();
	}

	/** The stay levels of the model, in model order. */
	public List<StayLevel> stayLevels() {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof StaySemantics)
				.map(t -> (StaySemantics) t.getSemantics()).filter(s -> s.getLevel() != null)
				.map(s -> new StayLevel(s.getLevel(), s.getLabel() != null ? s.getLabel() : s.getLevel())).toList();
	}

	/** The names of the event tables, in model order. */
	public List<String> eventTables() {
		return schema.getTables().stream().filter(t -> t.getSemantics() instanceof EventSemantics).map(Table::getName).toList();
	}

	private static synchronized Optional<Connector> connector(String id) {
		if (connectors == null) {
			connectors = new ServiceTracker<>(FrameworkUtil.getBundle(CohortDataset.class).getBundleContext(), Connector.class, null);
			connectors.open();
		}
		Connector[] all = connectors.getServices(new Connector[0]);
		return all == null ? Optional.empty() : Arrays.stream(all).filter(c -> c.id().equals(id)).findFirst();
	}
}
