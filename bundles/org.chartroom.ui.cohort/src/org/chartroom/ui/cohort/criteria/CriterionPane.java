package org.chartroom.ui.cohort.criteria;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;
import org.chartroom.ui.cohort.CohortDataset;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** The plain widgets that edit one criterion, chosen by its kind; they write into the criterion directly. */
public abstract class CriterionPane {

	protected final PaneForm form;
	/** The criterion's label, which a pane may fill in (a picked concept's name). */
	protected final Text label;

	CriterionPane(Composite parent, Criterion criterion, String title) {
		form = new PaneForm(parent, title);
		label = form.text("Label", criterion.getLabel(), "optional: the name in the attrition", criterion::setLabel);
	}

	/** The pane for a criterion of any kind. */
	public static CriterionPane of(Composite parent, Criterion criterion, CohortDataset dataset, ConceptChooser concepts) {
		return switch (criterion) {
		case Group group -> new GroupPane(parent, group);
		case SexCriterion sex -> new SexPane(parent, sex);
		case AgeCriterion age -> new AgePane(parent, age);
		case LengthOfStayCriterion los -> new StayLengthPane(parent, los);
		case ConceptCriterion concept -> new ConceptPane(parent, concept, dataset, concepts);
		case DeathCriterion death -> new DeathPane(parent, death);
		default -> throw new IllegalArgumentException("no pane for " + criterion.eClass().getName());
		};
	}

	public Control control() {
		return form.area();
	}

	/** Shows what the compiler says is wrong with this criterion (empty: nothing). */
	public void showProblem(String message) {
		form.say(message);
	}
}
