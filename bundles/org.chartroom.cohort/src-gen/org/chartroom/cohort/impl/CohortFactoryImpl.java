/**
 */
package org.chartroom.cohort.impl;

import org.chartroom.cohort.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CohortFactoryImpl extends EFactoryImpl implements CohortFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CohortFactory init() {
		try {
			CohortFactory theCohortFactory = (CohortFactory)EPackage.Registry.INSTANCE.getEFactory(CohortPackage.eNS_URI);
			if (theCohortFactory != null) {
				return theCohortFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CohortFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CohortFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CohortPackage.COHORT: return createCohort();
			case CohortPackage.GROUP: return createGroup();
			case CohortPackage.SEX_CRITERION: return createSexCriterion();
			case CohortPackage.AGE_CRITERION: return createAgeCriterion();
			case CohortPackage.LENGTH_OF_STAY_CRITERION: return createLengthOfStayCriterion();
			case CohortPackage.CONCEPT_CRITERION: return createConceptCriterion();
			case CohortPackage.DEATH_CRITERION: return createDeathCriterion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CohortPackage.GROUP_OPERATOR:
				return createGroupOperatorFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CohortPackage.GROUP_OPERATOR:
				return convertGroupOperatorToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cohort createCohort() {
		CohortImpl cohort = new CohortImpl();
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group createGroup() {
		GroupImpl group = new GroupImpl();
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SexCriterion createSexCriterion() {
		SexCriterionImpl sexCriterion = new SexCriterionImpl();
		return sexCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeCriterion createAgeCriterion() {
		AgeCriterionImpl ageCriterion = new AgeCriterionImpl();
		return ageCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LengthOfStayCriterion createLengthOfStayCriterion() {
		LengthOfStayCriterionImpl lengthOfStayCriterion = new LengthOfStayCriterionImpl();
		return lengthOfStayCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConceptCriterion createConceptCriterion() {
		ConceptCriterionImpl conceptCriterion = new ConceptCriterionImpl();
		return conceptCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeathCriterion createDeathCriterion() {
		DeathCriterionImpl deathCriterion = new DeathCriterionImpl();
		return deathCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GroupOperator createGroupOperatorFromString(EDataType eDataType, String initialValue) {
		GroupOperator result = GroupOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGroupOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CohortPackage getCohortPackage() {
		return (CohortPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CohortPackage getPackage() {
		return CohortPackage.eINSTANCE;
	}

} //CohortFactoryImpl
