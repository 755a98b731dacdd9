/**
 */
package org.chartroom.cohort.impl;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortFactory;
import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.ConceptCriterion;
import org.chartroom.cohort.Criterion;
import org.chartroom.cohort.DeathCriterion;
import org.chartroom.cohort.Group;
import org.chartroom.cohort.GroupOperator;
import org.chartroom.cohort.LengthOfStayCriterion;
import org.chartroom.cohort.SexCriterion;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CohortPackageImpl extends EPackageImpl implements CohortPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cohortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sexCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ageCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lengthOfStayCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conceptCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deathCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum groupOperatorEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.chartroom.cohort.CohortPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CohortPackageImpl() {
		super(eNS_URI, CohortFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CohortPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CohortPackage init() {
		if (isInited) return (CohortPackage)EPackage.Registry.INSTANCE.getEPackage(CohortPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCohortPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CohortPackageImpl theCohortPackage = registeredCohortPackage instanceof CohortPackageImpl ? (CohortPackageImpl)registeredCohortPackage : new CohortPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCohortPackage.createPackageContents();

		// Initialize created meta-data
		theCohortPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCohortPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CohortPackage.eNS_URI, theCohortPackage);
		return theCohortPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCohort() {
		return cohortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCohort_Name() {
		return (EAttribute)cohortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCohort_Description() {
		return (EAttribute)cohortEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCohort_EntryLevel() {
		return (EAttribute)cohortEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCohort_Criteria() {
		return (EReference)cohortEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Label() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroup() {
		return groupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroup_Operator() {
		return (EAttribute)groupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroup_Criteria() {
		return (EReference)groupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSexCriterion() {
		return sexCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexCriterion_Values() {
		return (EAttribute)sexCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgeCriterion() {
		return ageCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeCriterion_MinYears() {
		return (EAttribute)ageCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgeCriterion_MaxYears() {
		return (EAttribute)ageCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLengthOfStayCriterion() {
		return lengthOfStayCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLengthOfStayCriterion_MinDays() {
		return (EAttribute)lengthOfStayCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLengthOfStayCriterion_MaxDays() {
		return (EAttribute)lengthOfStayCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConceptCriterion() {
		return conceptCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_Table() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_Codes() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_CodePrefix() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_SameStay() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_WindowStartHours() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_WindowEndHours() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_MinValue() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_MinExclusive() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_MaxValue() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConceptCriterion_MaxExclusive() {
		return (EAttribute)conceptCriterionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeathCriterion() {
		return deathCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeathCriterion_WindowStartDays() {
		return (EAttribute)deathCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeathCriterion_WindowEndDays() {
		return (EAttribute)deathCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGroupOperator() {
		return groupOperatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CohortFactory getCohortFactory() {
		return (CohortFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		cohortEClass = createEClass(COHORT);
		createEAttribute(cohortEClass, COHORT__NAME);
		createEAttribute(cohortEClass, COHORT__DESCRIPTION);
		createEAttribute(cohortEClass, COHORT__ENTRY_LEVEL);
		createEReference(cohortEClass, COHORT__CRITERIA);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__LABEL);

		groupEClass = createEClass(GROUP);
		createEAttribute(groupEClass, GROUP__OPERATOR);
		createEReference(groupEClass, GROUP__CRITERIA);

		sexCriterionEClass = createEClass(SEX_CRITERION);
		createEAttribute(sexCriterionEClass, SEX_CRITERION__VALUES);

		ageCriterionEClass = createEClass(AGE_CRITERION);
		createEAttribute(ageCriterionEClass, AGE_CRITERION__MIN_YEARS);
		createEAttribute(ageCriterionEClass, AGE_CRITERION__MAX_YEARS);

		lengthOfStayCriterionEClass = createEClass(LENGTH_OF_STAY_CRITERION);
		createEAttribute(lengthOfStayCriterionEClass, LENGTH_OF_STAY_CRITERION__MIN_DAYS);
		createEAttribute(lengthOfStayCriterionEClass, LENGTH_OF_STAY_CRITERION__MAX_DAYS);

		conceptCriterionEClass = createEClass(CONCEPT_CRITERION);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__TABLE);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__CODES);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__CODE_PREFIX);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__SAME_STAY);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__WINDOW_START_HOURS);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__WINDOW_END_HOURS);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__MIN_VALUE);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__MIN_EXCLUSIVE);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__MAX_VALUE);
		createEAttribute(conceptCriterionEClass, CONCEPT_CRITERION__MAX_EXCLUSIVE);

		deathCriterionEClass = createEClass(DEATH_CRITERION);
		createEAttribute(deathCriterionEClass, DEATH_CRITERION__WINDOW_START_DAYS);
		createEAttribute(deathCriterionEClass, DEATH_CRITERION__WINDOW_END_DAYS);

		// Create enums
		groupOperatorEEnum = createEEnum(GROUP_OPERATOR);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		groupEClass.getESuperTypes().add(this.getCriterion());
		sexCriterionEClass.getESuperTypes().add(this.getCriterion());
		ageCriterionEClass.getESuperTypes().add(this.getCriterion());
		lengthOfStayCriterionEClass.getESuperTypes().add(this.getCriterion());
		conceptCriterionEClass.getESuperTypes().add(this.getCriterion());
		deathCriterionEClass.getESuperTypes().add(this.getCriterion());

		// Initialize classes, features, and operations; add parameters
		initEClass(cohortEClass, Cohort.class, "Cohort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCohort_Name(), ecorePackage.getEString(), "name", null, 0, 1, Cohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCohort_Description(), ecorePackage.getEString(), "description", null, 0, 1, Cohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCohort_EntryLevel(), ecorePackage.getEString(), "entryLevel", null, 1, 1, Cohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCohort_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, Cohort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Label(), ecorePackage.getEString(), "label", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupEClass, Group.class, "Group", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroup_Operator(), this.getGroupOperator(), "operator", null, 0, 1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroup_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sexCriterionEClass, SexCriterion.class, "SexCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSexCriterion_Values(), ecorePackage.getEString(), "values", null, 0, -1, SexCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ageCriterionEClass, AgeCriterion.class, "AgeCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgeCriterion_MinYears(), ecorePackage.getEIntegerObject(), "minYears", null, 0, 1, AgeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgeCriterion_MaxYears(), ecorePackage.getEIntegerObject(), "maxYears", null, 0, 1, AgeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lengthOfStayCriterionEClass, LengthOfStayCriterion.class, "LengthOfStayCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLengthOfStayCriterion_MinDays(), ecorePackage.getEString(), "minDays", null, 0, 1, LengthOfStayCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLengthOfStayCriterion_MaxDays(), ecorePackage.getEString(), "maxDays", null, 0, 1, LengthOfStayCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conceptCriterionEClass, ConceptCriterion.class, "ConceptCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConceptCriterion_Table(), ecorePackage.getEString(), "table", null, 1, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_Codes(), ecorePackage.getEString(), "codes", null, 0, -1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_CodePrefix(), ecorePackage.getEBoolean(), "codePrefix", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_SameStay(), ecorePackage.getEBoolean(), "sameStay", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_WindowStartHours(), ecorePackage.getEIntegerObject(), "windowStartHours", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_WindowEndHours(), ecorePackage.getEIntegerObject(), "windowEndHours", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_MinValue(), ecorePackage.getEString(), "minValue", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_MinExclusive(), ecorePackage.getEBoolean(), "minExclusive", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_MaxValue(), ecorePackage.getEString(), "maxValue", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConceptCriterion_MaxExclusive(), ecorePackage.getEBoolean(), "maxExclusive", null, 0, 1, ConceptCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deathCriterionEClass, DeathCriterion.class, "DeathCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeathCriterion_WindowStartDays(), ecorePackage.getEIntegerObject(), "windowStartDays", null, 0, 1, DeathCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeathCriterion_WindowEndDays(), ecorePackage.getEIntegerObject(), "windowEndDays", null, 0, 1, DeathCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(groupOperatorEEnum, GroupOperator.class, "GroupOperator");
		addEEnumLiteral(groupOperatorEEnum, GroupOperator.AND);
		addEEnumLiteral(groupOperatorEEnum, GroupOperator.OR);
		addEEnumLiteral(groupOperatorEEnum, GroupOperator.NOT);

		// Create resource
		createResource(eNS_URI);
	}

} //CohortPackageImpl
