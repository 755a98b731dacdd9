package org.chartroom.ui.cohort.criteria;

import java.util.function.Supplier;

import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.GroupOperator;

/** The kinds of criteria the Add Criterion menu offers, each with what a new one starts as. */
public enum CriterionKind {

	SEX("Sex", CohortFactory.eINSTANCE::createSexCriterion),
	AGE("Age at Entry", CohortFactory.eINSTANCE::createAgeCriterion),
	LENGTH_OF_STAY("Length of Stay", CohortFactory.eINSTANCE::createLengthOfStayCriterion),
	CONCEPT("Concept Codes", () -> concept(false)),
	CODE_PREFIX("Concept Code Prefix", () -> concept(true)),
	DEATH("Death", CohortFactory.eINSTANCE::createDeathCriterion),
	AND("AND Group", () -> group(GroupOperator.AND)),
	OR("OR Group", () -> group(GroupOperator.OR)),
	NOT("NOT Group", () -> group(GroupOperator.NOT));

	private final String label;
	private final Supplier<Criterion> create;

	CriterionKind(String label, Supplier<Criterion> create) {
		this.label = label;
		this.create = create;
	}

	public String label() {
		return label;
	}

	public boolean isGroup() {
		return this == AND || this == OR || this == NOT;
	}

	public Criterion create() {
		return create.get();
	}

	private static Criterion concept(boolean prefix) {
		ConceptCriterion concept = CohortFactory.eINSTANCE.createConceptCriterion();
		concept.setCodePrefix(prefix);
		return concept;
	}

	private static Criterion group(GroupOperator operator) {
		Group group = CohortFactory.eINSTANCE.createGroup();
		group.setOperator(operator);
		return group;
	}
}
