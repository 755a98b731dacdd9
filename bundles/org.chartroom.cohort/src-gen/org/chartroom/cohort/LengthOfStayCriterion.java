/**
 */
package org.chartroom.cohort;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Length Of Stay Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The entry's length (end minus start) in days, both limits inclusive; either may be absent. Decimal text, checked before anything runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.LengthOfStayCriterion#getMinDays <em>Min Days</em>}</li>
 *   <li>{@link org.chartroom.cohort.LengthOfStayCriterion#getMaxDays <em>Max Days</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getLengthOfStayCriterion()
 * @model
 * @generated
 */
public interface LengthOfStayCriterion extends Criterion {
	/**
	 * Returns the value of the '<em><b>Min Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Days</em>' attribute.
	 * @see #setMinDays(String)
	 * @see org.chartroom.cohort.CohortPackage#getLengthOfStayCriterion_MinDays()
	 * @model
	 * @generated
	 */
	String getMinDays();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.LengthOfStayCriterion#getMinDays <em>Min Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Days</em>' attribute.
	 * @see #getMinDays()
	 * @generated
	 */
	void setMinDays(String value);

	/**
	 * Returns the value of the '<em><b>Max Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Days</em>' attribute.
	 * @see #setMaxDays(String)
	 * @see org.chartroom.cohort.CohortPackage#getLengthOfStayCriterion_MaxDays()
	 * @model
	 * @generated
	 */
	String getMaxDays();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.LengthOfStayCriterion#getMaxDays <em>Max Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Days</em>' attribute.
	 * @see #getMaxDays()
	 * @generated
	 */
	void setMaxDays(String value);

} // LengthOfStayCriterion
