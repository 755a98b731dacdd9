/**
 */
package org.chartroom.cohort;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Death Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The patient died, optionally within a window in days after the entry's start (both limits inclusive).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.DeathCriterion#getWindowStartDays <em>Window Start Days</em>}</li>
 *   <li>{@link org.chartroom.cohort.DeathCriterion#getWindowEndDays <em>Window End Days</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getDeathCriterion()
 * @model
 * @generated
 */
public interface DeathCriterion extends Criterion {
	/**
	 * Returns the value of the '<em><b>Window Start Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Start Days</em>' attribute.
	 * @see #setWindowStartDays(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getDeathCriterion_WindowStartDays()
	 * @model
	 * @generated
	 */
	Integer getWindowStartDays();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.DeathCriterion#getWindowStartDays <em>Window Start Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Start Days</em>' attribute.
	 * @see #getWindowStartDays()
	 * @generated
	 */
	void setWindowStartDays(Integer value);

	/**
	 * Returns the value of the '<em><b>Window End Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window End Days</em>' attribute.
	 * @see #setWindowEndDays(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getDeathCriterion_WindowEndDays()
	 * @model
	 * @generated
	 */
	Integer getWindowEndDays();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.DeathCriterion#getWindowEndDays <em>Window End Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window End Days</em>' attribute.
	 * @see #getWindowEndDays()
	 * @generated
	 */
	void setWindowEndDays(Integer value);

} // DeathCriterion
