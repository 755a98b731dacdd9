package org.chartroom.ui.cohort.criteria;

import org.chartroom.cohort.LengthOfStayCriterion;
import org.eclipse.swt.widgets.Composite;

/** The entry's length of stay in days (decimals allowed), both limits inclusive. */
final class StayLengthPane extends CriterionPane {

	StayLengthPane(Composite parent, LengthOfStayCriterion los) {
		super(parent, los, "Length of stay");
		form.text("At least (days)", los.getMinDays(), "no lower limit, e.g. 2 or 0.5", los::setMinDays);
		form.text("At most (days)", los.getMaxDays(), "no upper limit", los::setMaxDays);
	}
}
