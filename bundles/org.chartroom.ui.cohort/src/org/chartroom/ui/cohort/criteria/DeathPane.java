package org.chartroom.ui.cohort.criteria;

import org.chartroom.cohort.DeathCriterion;
import org.eclipse.swt.widgets.Composite;

/** The patient died, optionally within days after the entry's start. */
final class DeathPane extends CriterionPane {

	DeathPane(Composite parent, DeathCriterion death) {
		super(parent, death, "Death");
		form.whole("From day", death.getWindowStartDays(), "any time", death::setWindowStartDays);
		form.whole("To day", death.getWindowEndDays(), "any time", death::setWindowEndDays);
		form.note("Days after the entry's start, both inclusive (0: the day of entry). Leave both empty for death at any time.");
	}
}
