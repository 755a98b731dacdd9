/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sex Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The patient's sex is one of the values, as the patient table's sex column holds them (e.g. "F").
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.SexCriterion#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getSexCriterion()
 * @model
 * @generated
 */
public interface SexCriterion extends Criterion {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.chartroom.cohort.CohortPackage#getSexCriterion_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

} // SexCriterion
