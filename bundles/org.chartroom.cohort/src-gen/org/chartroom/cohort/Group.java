/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.Group#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.chartroom.cohort.Group#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getGroup()
 * @model
 * @generated
 */
public interface Group extends Criterion {
	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chartroom.cohort.GroupOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.chartroom.cohort.GroupOperator
	 * @see #setOperator(GroupOperator)
	 * @see org.chartroom.cohort.CohortPackage#getGroup_Operator()
	 * @model
	 * @generated
	 */
	GroupOperator getOperator();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.Group#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.chartroom.cohort.GroupOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(GroupOperator value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.cohort.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.chartroom.cohort.CohortPackage#getGroup_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // Group
