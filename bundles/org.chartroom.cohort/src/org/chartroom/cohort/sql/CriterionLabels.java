package org.chartroom.cohort.sql;

import java.util.ArrayList;
import java.util.List;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;

/** A criterion's name in the attrition: its label, or a short description of what it asks. */
public final class CriterionLabels {

	private CriterionLabels() {
	}

	public static String of(Criterion criterion) {
		if (criterion.getLabel() != null && !criterion.getLabel().isBlank()) {
			return criterion.getLabel();
		}
		return switch (criterion) {
		case Group group -> group.getOperator() + " of " + group.getCriteria().size() + " criteria";
		case SexCriterion sex -> "sex " + String.join(" or ", sex.getValues());
		case AgeCriterion age -> "age " + range(age.getMinYears(), age.getMaxYears(), " years");
		case LengthOfStayCriterion los -> "length of stay " + range(los.getMinDays(), los.getMaxDays(), " days");
		case ConceptCriterion concept -> concept(concept);
		case DeathCriterion death -> "died" + (death.getWindowStartDays() == null && death.getWindowEndDays() == null ? ""
				: " on day " + range(death.getWindowStartDays(), death.getWindowEndDays(), "") + " after entry");
		default -> contributed(criterion);
		};
	}

	private static String contributed(Criterion criterion) {
		try {
			return CriterionTypes.of(criterion).map(found -> found.type().describe(criterion)).orElse(criterion.eClass().getName());
		} catch (RuntimeException e) {
			return criterion.eClass().getName(); // the compiler reports the failing type
		}
	}

	private static String concept(ConceptCriterion concept) {
		List<String> parts = new ArrayList<>();
		parts.add(concept.getTable() + " " + String.join(", ", concept.getCodes()) + (concept.isCodePrefix() ? "*" : ""));
		if (concept.getMinValue() != null) {
			parts.add((concept.isMinExclusive() ? "> " : ">= ") + concept.getMinValue());
		}
		if (concept.getMaxValue() != null) {
			parts.add((concept.isMaxExclusive() ? "< " : "<= ") + concept.getMaxValue());
		}
		if (concept.getWindowStartHours() != null || concept.getWindowEndHours() != null) {
			parts.add("hours " + range(concept.getWindowStartHours(), concept.getWindowEndHours(), "") + " from entry");
		}
		if (concept.isSameStay()) {
			parts.add("same stay");
		}
		return String.join(" ", parts);
	}

	private static String range(Object min, Object max, String unit) {
		if (min != null && max != null) {
			return min + " to " + max + unit;
		}
		return min != null ? ">= " + min + unit : "<= " + max + unit;
	}
}
