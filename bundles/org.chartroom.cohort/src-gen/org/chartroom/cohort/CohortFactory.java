/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.chartroom.cohort.CohortPackage
 * @generated
 */
public interface CohortFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CohortFactory eINSTANCE = org.chartroom.cohort.impl.CohortFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cohort</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cohort</em>'.
	 * @generated
	 */
	Cohort createCohort();

	/**
	 * Returns a new object of class '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group</em>'.
	 * @generated
	 */
	Group createGroup();

	/**
	 * Returns a new object of class '<em>Sex Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sex Criterion</em>'.
	 * @generated
	 */
	SexCriterion createSexCriterion();

	/**
	 * Returns a new object of class '<em>Age Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Age Criterion</em>'.
	 * @generated
	 */
	AgeCriterion createAgeCriterion();

	/**
	 * Returns a new object of class '<em>Length Of Stay Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Length Of Stay Criterion</em>'.
	 * @generated
	 */
	LengthOfStayCriterion createLengthOfStayCriterion();

	/**
	 * Returns a new object of class '<em>Concept Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Concept Criterion</em>'.
	 * @generated
	 */
	ConceptCriterion createConceptCriterion();

	/**
	 * Returns a new object of class '<em>Death Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Death Criterion</em>'.
	 * @generated
	 */
	DeathCriterion createDeathCriterion();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CohortPackage getCohortPackage();

} //CohortFactory
