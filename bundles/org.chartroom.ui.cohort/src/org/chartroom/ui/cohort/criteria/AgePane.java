package org.chartroom.ui.cohort.criteria;

import org.chartroom.cohort.AgeCriterion;
import org.eclipse.swt.widgets.Composite;

/** Age in whole years at the entry's start, both limits inclusive. */
final class AgePane extends CriterionPane {

	AgePane(Composite parent, AgeCriterion age) {
		super(parent, age, "Age at entry");
		form.whole("From (years)", age.getMinYears(), "no lower limit", age::setMinYears);
		form.whole("To (years)", age.getMaxYears(), "no upper limit", age::setMaxYears);
		form.note("Both limits are inclusive. MIMIC shifts the ages of patients over 89 to about 300.");
	}
}
