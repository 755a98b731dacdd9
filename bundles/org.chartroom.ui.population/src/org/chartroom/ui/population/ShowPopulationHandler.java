package org.chartroom.ui.population;

import java.util.Optional;

import org.chartroom.ui.datasets.DatasetItem;
import org.chartroom.ui.selection.DatasetSelection;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the Population view: on the command's {@value #DATASET} (and {@value #COHORT}) parameters when
 * given (the cohort builder's "Show Population"), else on the saved cohort or the dataset selected in the Datasets view;
 * with neither, the view says how to choose one.
 */
public final class ShowPopulationHandler extends AbstractHandler {

	public static final String COMMAND = "org.chartroom.ui.commands.showPopulation";
	public static final String DATASET = COMMAND + ".dataset";
	public static final String COHORT = COMMAND + ".cohort";

	/** The Datasets view's folder of saved cohorts (the cohort builder's): a cohort selected there is the population. */
	private static final String COHORTS_FOLDER = "Cohorts";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<String> cohort = Optional.ofNullable(event.getParameter(COHORT)).filter(s -> !s.isBlank());
		// read before the view opens: it becomes the active part, with a selection of its own
		Optional<PopulationRequest> request = Optional.ofNullable(event.getParameter(DATASET)).filter(s -> !s.isBlank())
				.map(dataset -> new PopulationRequest(dataset, cohort))
				.or(() -> DatasetItem.inWindow(window).filter(item -> item.folder().equals(COHORTS_FOLDER))
						.map(item -> new PopulationRequest(item.dataset().name(), Optional.of(item.name()))))
				.or(() -> DatasetSelection.inWindow(window).map(s -> new PopulationRequest(s.dataset().name(), cohort)));
		try {
			window.getActivePage().showView(PopulationView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Population view: " + e.getMessage(), e);
		}
		request.ifPresent(r -> window.getService(IEventBroker.class).send(PopulationView.SHOW_TOPIC, r));
		return null;
	}
}
