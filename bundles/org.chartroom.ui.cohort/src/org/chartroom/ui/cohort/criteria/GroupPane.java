package org.chartroom.ui.cohort.criteria;

import org.chartroom.cohort.Group;
import org.chartroom.cohort.GroupOperator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A group: AND (all of its criteria), OR (at least one), NOT (not all of them). */
final class GroupPane extends CriterionPane {

	GroupPane(Composite parent, Group group) {
		super(parent, group, "Group of criteria");
		form.label("Combine with");
		Combo operator = new Combo(form.area(), SWT.READ_ONLY);
		for (GroupOperator value : GroupOperator.VALUES) {
			operator.add(value.getName());
		}
		operator.select(group.getOperator().getValue());
		operator.addListener(SWT.Selection, e -> group.setOperator(GroupOperator.get(operator.getSelectionIndex())));
		form.note("AND: every criterion of the group holds. OR: at least one does. NOT: not all of them do "
				+ "(with one criterion: it does not hold). Select the group, then Add Criterion, to add to it.");
	}
}
