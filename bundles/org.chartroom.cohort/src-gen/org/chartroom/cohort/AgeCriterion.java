/**
 */
package org.chartroom.cohort;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Age Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Age in whole years at the entry's start, both limits inclusive; either may be absent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.AgeCriterion#getMinYears <em>Min Years</em>}</li>
 *   <li>{@link org.chartroom.cohort.AgeCriterion#getMaxYears <em>Max Years</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getAgeCriterion()
 * @model
 * @generated
 */
public interface AgeCriterion extends Criterion {
	/**
	 * Returns the value of the '<em><b>Min Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Years</em>' attribute.
	 * @see #setMinYears(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getAgeCriterion_MinYears()
	 * @model
	 * @generated
	 */
	Integer getMinYears();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.AgeCriterion#getMinYears <em>Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Years</em>' attribute.
	 * @see #getMinYears()
	 * @generated
	 */
	void setMinYears(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Years</em>' attribute.
	 * @see #setMaxYears(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getAgeCriterion_MaxYears()
	 * @model
	 * @generated
	 */
	Integer getMaxYears();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.AgeCriterion#getMaxYears <em>Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Years</em>' attribute.
	 * @see #getMaxYears()
	 * @generated
	 */
	void setMaxYears(Integer value);

} // AgeCriterion
