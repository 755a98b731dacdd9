package org.chartroom.cohort.sql;

import org.chartroom.cohort.Criterion;
import org.eclipse.emf.ecore.EClass;

/**
 * A kind of cohort criterion a plugin adds, as an OSGi service: its own EClass, a subclass of
 * {@link Criterion} in the plugin's EPackage (so definitions holding it save and load as XMI once the
 * package is registered), and how it becomes a condition on an entry. The compiler asks the registered
 * types for any criterion it does not know itself. A type that throws is isolated: the cohort is
 * reported invalid at that criterion, and nothing runs.
 */
public interface CriterionType {

	/** The criterion class this type compiles. */
	EClass criterionClass();

	/**
	 * The condition on the entry row and its patient, with every value as a bound parameter
	 * ({@code ?} in the text, its value in {@link SqlPart#parameters()}).
	 *
	 * @throws InvalidCohortException when the criterion does not fit the dataset: use
	 *                                {@link CriterionContext#invalid(String, String)}
	 */
	SqlPart compile(Criterion criterion, CriterionContext context) throws InvalidCohortException;

	/** The criterion's name in the attrition when it has no label of its own. */
	default String describe(Criterion criterion) {
		return criterion.eClass().getName();
	}
}
