/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cohort</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cohort: entries (stays of one level) that meet every top-level criterion, in order; the order is that of the attrition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.Cohort#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.cohort.Cohort#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chartroom.cohort.Cohort#getEntryLevel <em>Entry Level</em>}</li>
 *   <li>{@link org.chartroom.cohort.Cohort#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getCohort()
 * @model
 * @generated
 */
public interface Cohort extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.cohort.CohortPackage#getCohort_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.Cohort#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.chartroom.cohort.CohortPackage#getCohort_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.Cohort#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Entry Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry event: the level of a stay table as its StaySemantics name it (MIMIC-III "icu" or "admission", OMOP "visit").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry Level</em>' attribute.
	 * @see #setEntryLevel(String)
	 * @see org.chartroom.cohort.CohortPackage#getCohort_EntryLevel()
	 * @model required="true"
	 * @generated
	 */
	String getEntryLevel();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.Cohort#getEntryLevel <em>Entry Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Level</em>' attribute.
	 * @see #getEntryLevel()
	 * @generated
	 */
	void setEntryLevel(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.cohort.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inclusion criteria, all of which an entry meets, in the order the attrition counts them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.chartroom.cohort.CohortPackage#getCohort_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // Cohort
