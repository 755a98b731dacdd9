/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A cohort definition: the stays that enter it and the criteria they must meet. It names tables and stay levels as a dataset's model does, never by a source format's own names in code, so one definition runs on any dataset whose model has those tables.
 * <!-- end-model-doc -->
 * @see org.chartroom.cohort.CohortFactory
 * @model kind="package"
 * @generated
 */
public interface CohortPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "cohort";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://chartroom.org/model/cohort/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cohort";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CohortPackage eINSTANCE = org.chartroom.cohort.impl.CohortPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.CohortImpl <em>Cohort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.CohortImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getCohort()
	 * @generated
	 */
	int COHORT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Entry Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__ENTRY_LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__CRITERIA = 3;

	/**
	 * The number of structural features of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.CriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__LABEL = 0;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.GroupImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__OPERATOR = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__CRITERIA = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.SexCriterionImpl <em>Sex Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.SexCriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getSexCriterion()
	 * @generated
	 */
	int SEX_CRITERION = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEX_CRITERION__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEX_CRITERION__VALUES = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sex Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEX_CRITERION_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Sex Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEX_CRITERION_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.AgeCriterionImpl <em>Age Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.AgeCriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getAgeCriterion()
	 * @generated
	 */
	int AGE_CRITERION = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_CRITERION__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Min Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_CRITERION__MIN_YEARS = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_CRITERION__MAX_YEARS = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Age Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_CRITERION_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Age Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_CRITERION_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.LengthOfStayCriterionImpl <em>Length Of Stay Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.LengthOfStayCriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getLengthOfStayCriterion()
	 * @generated
	 */
	int LENGTH_OF_STAY_CRITERION = 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LENGTH_OF_STAY_CRITERION__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Min Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LENGTH_OF_STAY_CRITERION__MIN_DAYS = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LENGTH_OF_STAY_CRITERION__MAX_DAYS = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Length Of Stay Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LENGTH_OF_STAY_CRITERION_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Length Of Stay Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LENGTH_OF_STAY_CRITERION_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.ConceptCriterionImpl <em>Concept Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.ConceptCriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getConceptCriterion()
	 * @generated
	 */
	int CONCEPT_CRITERION = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__TABLE = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__CODES = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__CODE_PREFIX = CRITERION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Same Stay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__SAME_STAY = CRITERION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Window Start Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__WINDOW_START_HOURS = CRITERION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Window End Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__WINDOW_END_HOURS = CRITERION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Min Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__MIN_VALUE = CRITERION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Min Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__MIN_EXCLUSIVE = CRITERION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Max Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__MAX_VALUE = CRITERION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Max Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION__MAX_EXCLUSIVE = CRITERION_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Concept Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Concept Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_CRITERION_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.impl.DeathCriterionImpl <em>Death Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.impl.DeathCriterionImpl
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getDeathCriterion()
	 * @generated
	 */
	int DEATH_CRITERION = 7;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEATH_CRITERION__LABEL = CRITERION__LABEL;

	/**
	 * The feature id for the '<em><b>Window Start Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEATH_CRITERION__WINDOW_START_DAYS = CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Window End Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEATH_CRITERION__WINDOW_END_DAYS = CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Death Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEATH_CRITERION_FEATURE_COUNT = CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Death Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEATH_CRITERION_OPERATION_COUNT = CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.cohort.GroupOperator <em>Group Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.cohort.GroupOperator
	 * @see org.chartroom.cohort.impl.CohortPackageImpl#getGroupOperator()
	 * @generated
	 */
	int GROUP_OPERATOR = 8;


	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cohort</em>'.
	 * @see org.chartroom.cohort.Cohort
	 * @generated
	 */
	EClass getCohort();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.Cohort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.cohort.Cohort#getName()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.Cohort#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.chartroom.cohort.Cohort#getDescription()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.Cohort#getEntryLevel <em>Entry Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Level</em>'.
	 * @see org.chartroom.cohort.Cohort#getEntryLevel()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_EntryLevel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.cohort.Cohort#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.chartroom.cohort.Cohort#getCriteria()
	 * @see #getCohort()
	 * @generated
	 */
	EReference getCohort_Criteria();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.chartroom.cohort.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.Criterion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.chartroom.cohort.Criterion#getLabel()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Label();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.chartroom.cohort.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.Group#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.chartroom.cohort.Group#getOperator()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Operator();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.cohort.Group#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.chartroom.cohort.Group#getCriteria()
	 * @see #getGroup()
	 * @generated
	 */
	EReference getGroup_Criteria();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.SexCriterion <em>Sex Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sex Criterion</em>'.
	 * @see org.chartroom.cohort.SexCriterion
	 * @generated
	 */
	EClass getSexCriterion();

	/**
	 * Returns the meta object for the attribute list '{@link org.chartroom.cohort.SexCriterion#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.chartroom.cohort.SexCriterion#getValues()
	 * @see #getSexCriterion()
	 * @generated
	 */
	EAttribute getSexCriterion_Values();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.AgeCriterion <em>Age Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Age Criterion</em>'.
	 * @see org.chartroom.cohort.AgeCriterion
	 * @generated
	 */
	EClass getAgeCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.AgeCriterion#getMinYears <em>Min Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Years</em>'.
	 * @see org.chartroom.cohort.AgeCriterion#getMinYears()
	 * @see #getAgeCriterion()
	 * @generated
	 */
	EAttribute getAgeCriterion_MinYears();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.AgeCriterion#getMaxYears <em>Max Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Years</em>'.
	 * @see org.chartroom.cohort.AgeCriterion#getMaxYears()
	 * @see #getAgeCriterion()
	 * @generated
	 */
	EAttribute getAgeCriterion_MaxYears();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.LengthOfStayCriterion <em>Length Of Stay Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Length Of Stay Criterion</em>'.
	 * @see org.chartroom.cohort.LengthOfStayCriterion
	 * @generated
	 */
	EClass getLengthOfStayCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.LengthOfStayCriterion#getMinDays <em>Min Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Days</em>'.
	 * @see org.chartroom.cohort.LengthOfStayCriterion#getMinDays()
	 * @see #getLengthOfStayCriterion()
	 * @generated
	 */
	EAttribute getLengthOfStayCriterion_MinDays();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.LengthOfStayCriterion#getMaxDays <em>Max Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Days</em>'.
	 * @see org.chartroom.cohort.LengthOfStayCriterion#getMaxDays()
	 * @see #getLengthOfStayCriterion()
	 * @generated
	 */
	EAttribute getLengthOfStayCriterion_MaxDays();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.ConceptCriterion <em>Concept Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concept Criterion</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion
	 * @generated
	 */
	EClass getConceptCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getTable()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_Table();

	/**
	 * Returns the meta object for the attribute list '{@link org.chartroom.cohort.ConceptCriterion#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Codes</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getCodes()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_Codes();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#isCodePrefix <em>Code Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code Prefix</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#isCodePrefix()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_CodePrefix();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#isSameStay <em>Same Stay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Same Stay</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#isSameStay()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_SameStay();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#getWindowStartHours <em>Window Start Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Start Hours</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getWindowStartHours()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_WindowStartHours();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#getWindowEndHours <em>Window End Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window End Hours</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getWindowEndHours()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_WindowEndHours();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#getMinValue <em>Min Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Value</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getMinValue()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_MinValue();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#isMinExclusive <em>Min Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Exclusive</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#isMinExclusive()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_MinExclusive();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#getMaxValue <em>Max Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Value</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#getMaxValue()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_MaxValue();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.ConceptCriterion#isMaxExclusive <em>Max Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Exclusive</em>'.
	 * @see org.chartroom.cohort.ConceptCriterion#isMaxExclusive()
	 * @see #getConceptCriterion()
	 * @generated
	 */
	EAttribute getConceptCriterion_MaxExclusive();

	/**
	 * Returns the meta object for class '{@link org.chartroom.cohort.DeathCriterion <em>Death Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Death Criterion</em>'.
	 * @see org.chartroom.cohort.DeathCriterion
	 * @generated
	 */
	EClass getDeathCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.DeathCriterion#getWindowStartDays <em>Window Start Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Start Days</em>'.
	 * @see org.chartroom.cohort.DeathCriterion#getWindowStartDays()
	 * @see #getDeathCriterion()
	 * @generated
	 */
	EAttribute getDeathCriterion_WindowStartDays();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.cohort.DeathCriterion#getWindowEndDays <em>Window End Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window End Days</em>'.
	 * @see org.chartroom.cohort.DeathCriterion#getWindowEndDays()
	 * @see #getDeathCriterion()
	 * @generated
	 */
	EAttribute getDeathCriterion_WindowEndDays();

	/**
	 * Returns the meta object for enum '{@link org.chartroom.cohort.GroupOperator <em>Group Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Operator</em>'.
	 * @see org.chartroom.cohort.GroupOperator
	 * @generated
	 */
	EEnum getGroupOperator();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CohortFactory getCohortFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.CohortImpl <em>Cohort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.CohortImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getCohort()
		 * @generated
		 */
		EClass COHORT = eINSTANCE.getCohort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__NAME = eINSTANCE.getCohort_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__DESCRIPTION = eINSTANCE.getCohort_Description();

		/**
		 * The meta object literal for the '<em><b>Entry Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__ENTRY_LEVEL = eINSTANCE.getCohort_EntryLevel();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COHORT__CRITERIA = eINSTANCE.getCohort_Criteria();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.CriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__LABEL = eINSTANCE.getCriterion_Label();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.GroupImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__OPERATOR = eINSTANCE.getGroup_Operator();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP__CRITERIA = eINSTANCE.getGroup_Criteria();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.SexCriterionImpl <em>Sex Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.SexCriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getSexCriterion()
		 * @generated
		 */
		EClass SEX_CRITERION = eINSTANCE.getSexCriterion();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEX_CRITERION__VALUES = eINSTANCE.getSexCriterion_Values();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.AgeCriterionImpl <em>Age Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.AgeCriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getAgeCriterion()
		 * @generated
		 */
		EClass AGE_CRITERION = eINSTANCE.getAgeCriterion();

		/**
		 * The meta object literal for the '<em><b>Min Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_CRITERION__MIN_YEARS = eINSTANCE.getAgeCriterion_MinYears();

		/**
		 * The meta object literal for the '<em><b>Max Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_CRITERION__MAX_YEARS = eINSTANCE.getAgeCriterion_MaxYears();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.LengthOfStayCriterionImpl <em>Length Of Stay Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.LengthOfStayCriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getLengthOfStayCriterion()
		 * @generated
		 */
		EClass LENGTH_OF_STAY_CRITERION = eINSTANCE.getLengthOfStayCriterion();

		/**
		 * The meta object literal for the '<em><b>Min Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LENGTH_OF_STAY_CRITERION__MIN_DAYS = eINSTANCE.getLengthOfStayCriterion_MinDays();

		/**
		 * The meta object literal for the '<em><b>Max Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LENGTH_OF_STAY_CRITERION__MAX_DAYS = eINSTANCE.getLengthOfStayCriterion_MaxDays();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.ConceptCriterionImpl <em>Concept Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.ConceptCriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getConceptCriterion()
		 * @generated
		 */
		EClass CONCEPT_CRITERION = eINSTANCE.getConceptCriterion();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__TABLE = eINSTANCE.getConceptCriterion_Table();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__CODES = eINSTANCE.getConceptCriterion_Codes();

		/**
		 * The meta object literal for the '<em><b>Code Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__CODE_PREFIX = eINSTANCE.getConceptCriterion_CodePrefix();

		/**
		 * The meta object literal for the '<em><b>Same Stay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__SAME_STAY = eINSTANCE.getConceptCriterion_SameStay();

		/**
		 * The meta object literal for the '<em><b>Window Start Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__WINDOW_START_HOURS = eINSTANCE.getConceptCriterion_WindowStartHours();

		/**
		 * The meta object literal for the '<em><b>Window End Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__WINDOW_END_HOURS = eINSTANCE.getConceptCriterion_WindowEndHours();

		/**
		 * The meta object literal for the '<em><b>Min Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__MIN_VALUE = eINSTANCE.getConceptCriterion_MinValue();

		/**
		 * The meta object literal for the '<em><b>Min Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__MIN_EXCLUSIVE = eINSTANCE.getConceptCriterion_MinExclusive();

		/**
		 * The meta object literal for the '<em><b>Max Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__MAX_VALUE = eINSTANCE.getConceptCriterion_MaxValue();

		/**
		 * The meta object literal for the '<em><b>Max Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_CRITERION__MAX_EXCLUSIVE = eINSTANCE.getConceptCriterion_MaxExclusive();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.impl.DeathCriterionImpl <em>Death Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.impl.DeathCriterionImpl
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getDeathCriterion()
		 * @generated
		 */
		EClass DEATH_CRITERION = eINSTANCE.getDeathCriterion();

		/**
		 * The meta object literal for the '<em><b>Window Start Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEATH_CRITERION__WINDOW_START_DAYS = eINSTANCE.getDeathCriterion_WindowStartDays();

		/**
		 * The meta object literal for the '<em><b>Window End Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEATH_CRITERION__WINDOW_END_DAYS = eINSTANCE.getDeathCriterion_WindowEndDays();

		/**
		 * The meta object literal for the '{@link org.chartroom.cohort.GroupOperator <em>Group Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.cohort.GroupOperator
		 * @see org.chartroom.cohort.impl.CohortPackageImpl#getGroupOperator()
		 * @generated
		 */
		EEnum GROUP_OPERATOR = eINSTANCE.getGroupOperator();

	}

} //CohortPackage
