package org.chartroom.ui.cohort.criteria;

import java.util.function.Consumer;

import org.chartroom.core.concepts.Concept;
import org.eclipse.swt.widgets.Shell;

/** Lets the person pick a concept of the dataset with the concept browser's search. */
@FunctionalInterface
public interface ConceptChooser {

	/** Opens the search (once the dataset's concepts are read) and hands the chosen concept over, if any. */
	void choose(Shell shell, Consumer<Concept> chosen);
}
