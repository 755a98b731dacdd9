/**
 */
package org.chartroom.model.warehouse;

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
 * Describes the structure of a health data warehouse: the data sets it holds (such as MIMIC or OMOP), their tables, columns and keys.
 * <!-- end-model-doc -->
 * @see org.chartroom.model.warehouse.WarehouseFactory
 * @model kind="package"
 * @generated
 */
public interface WarehousePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "warehouse";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://chartroom.org/model/warehouse/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "warehouse";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WarehousePackage eINSTANCE = org.chartroom.model.warehouse.impl.WarehousePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.WarehouseImpl <em>Warehouse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.WarehouseImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getWarehouse()
	 * @generated
	 */
	int WAREHOUSE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAREHOUSE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Datasets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAREHOUSE__DATASETS = 1;

	/**
	 * The number of structural features of the '<em>Warehouse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAREHOUSE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Warehouse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAREHOUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.DatasetImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SOURCE_KIND = 2;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TABLES = 3;

	/**
	 * The feature id for the '<em><b>Concept Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CONCEPT_SETS = 4;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.TableImpl <em>Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.TableImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getTable()
	 * @generated
	 */
	int TABLE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__COLUMNS = 2;

	/**
	 * The feature id for the '<em><b>Primary Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__PRIMARY_KEY = 3;

	/**
	 * The feature id for the '<em><b>Foreign Keys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__FOREIGN_KEYS = 4;

	/**
	 * The feature id for the '<em><b>Indexes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__INDEXES = 5;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__REQUIRED = 6;

	/**
	 * The feature id for the '<em><b>Semantics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__SEMANTICS = 7;

	/**
	 * The number of structural features of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.ColumnImpl <em>Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.ColumnImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getColumn()
	 * @generated
	 */
	int COLUMN = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__LENGTH = 2;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__PRECISION = 3;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__SCALE = 4;

	/**
	 * The feature id for the '<em><b>Nullable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__NULLABLE = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.PrimaryKeyImpl <em>Primary Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.PrimaryKeyImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getPrimaryKey()
	 * @generated
	 */
	int PRIMARY_KEY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_KEY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_KEY__COLUMNS = 1;

	/**
	 * The number of structural features of the '<em>Primary Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_KEY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Primary Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.ForeignKeyImpl <em>Foreign Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.ForeignKeyImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getForeignKey()
	 * @generated
	 */
	int FOREIGN_KEY = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY__COLUMNS = 1;

	/**
	 * The feature id for the '<em><b>Target Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY__TARGET_TABLE = 2;

	/**
	 * The feature id for the '<em><b>Target Columns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY__TARGET_COLUMNS = 3;

	/**
	 * The number of structural features of the '<em>Foreign Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Foreign Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.IndexImpl <em>Index</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.IndexImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getIndex()
	 * @generated
	 */
	int INDEX = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__NAME = 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__COLUMNS = 1;

	/**
	 * The feature id for the '<em><b>Unique</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX__UNIQUE = 2;

	/**
	 * The number of structural features of the '<em>Index</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Index</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDEX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.TableSemanticsImpl <em>Table Semantics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.TableSemanticsImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getTableSemantics()
	 * @generated
	 */
	int TABLE_SEMANTICS = 7;

	/**
	 * The number of structural features of the '<em>Table Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SEMANTICS_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Table Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_SEMANTICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl <em>Patient Semantics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.PatientSemanticsImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getPatientSemantics()
	 * @generated
	 */
	int PATIENT_SEMANTICS = 8;

	/**
	 * The feature id for the '<em><b>Id Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS__ID_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sex Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS__SEX_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Birth Date Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS__BIRTH_DATE_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Death Date Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS__DEATH_DATE_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Patient Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS_FEATURE_COUNT = TABLE_SEMANTICS_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Patient Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_SEMANTICS_OPERATION_COUNT = TABLE_SEMANTICS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl <em>Stay Semantics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.StaySemanticsImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getStaySemantics()
	 * @generated
	 */
	int STAY_SEMANTICS = 9;

	/**
	 * The feature id for the '<em><b>Id Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__ID_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patient Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__PATIENT_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__START_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__END_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent Stay Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__PARENT_STAY_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__LEVEL = TABLE_SEMANTICS_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS__LABEL = TABLE_SEMANTICS_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Stay Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS_FEATURE_COUNT = TABLE_SEMANTICS_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Stay Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_SEMANTICS_OPERATION_COUNT = TABLE_SEMANTICS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl <em>Event Semantics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.EventSemanticsImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getEventSemantics()
	 * @generated
	 */
	int EVENT_SEMANTICS = 10;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__DOMAIN = TABLE_SEMANTICS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patient Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__PATIENT_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stay Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__STAY_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__TIME_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fallback Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__FALLBACK_TIME_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__END_TIME_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Concept Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__CONCEPT_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dictionary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__DICTIONARY = TABLE_SEMANTICS_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Numeric Value Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Text Value Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__TEXT_VALUE_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Unit Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS__UNIT_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Event Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS_FEATURE_COUNT = TABLE_SEMANTICS_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Event Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SEMANTICS_OPERATION_COUNT = TABLE_SEMANTICS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.DictionaryRefImpl <em>Dictionary Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.DictionaryRefImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDictionaryRef()
	 * @generated
	 */
	int DICTIONARY_REF = 11;

	/**
	 * The feature id for the '<em><b>Dictionary Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_REF__DICTIONARY_TABLE = 0;

	/**
	 * The feature id for the '<em><b>Key Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_REF__KEY_COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Label Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_REF__LABEL_COLUMN = 2;

	/**
	 * The number of structural features of the '<em>Dictionary Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_REF_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Dictionary Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl <em>Dictionary Semantics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.DictionarySemanticsImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDictionarySemantics()
	 * @generated
	 */
	int DICTIONARY_SEMANTICS = 12;

	/**
	 * The feature id for the '<em><b>Key Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS__KEY_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS__LABEL_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS__CODE_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS__CATEGORY_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Vocabulary Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS__VOCABULARY_COLUMN = TABLE_SEMANTICS_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Dictionary Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS_FEATURE_COUNT = TABLE_SEMANTICS_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Dictionary Semantics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICTIONARY_SEMANTICS_OPERATION_COUNT = TABLE_SEMANTICS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.impl.ConceptSetImpl <em>Concept Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.impl.ConceptSetImpl
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getConceptSet()
	 * @generated
	 */
	int CONCEPT_SET = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Dictionary Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET__DICTIONARY_TABLE = 2;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET__CODES = 3;

	/**
	 * The number of structural features of the '<em>Concept Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Concept Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.model.warehouse.ColumnType <em>Column Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.model.warehouse.ColumnType
	 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getColumnType()
	 * @generated
	 */
	int COLUMN_TYPE = 14;


	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.Warehouse <em>Warehouse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Warehouse</em>'.
	 * @see org.chartroom.model.warehouse.Warehouse
	 * @generated
	 */
	EClass getWarehouse();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Warehouse#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.Warehouse#getName()
	 * @see #getWarehouse()
	 * @generated
	 */
	EAttribute getWarehouse_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Warehouse#getDatasets <em>Datasets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datasets</em>'.
	 * @see org.chartroom.model.warehouse.Warehouse#getDatasets()
	 * @see #getWarehouse()
	 * @generated
	 */
	EReference getWarehouse_Datasets();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.chartroom.model.warehouse.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Dataset#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.chartroom.model.warehouse.Dataset#getDescription()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Dataset#getSourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Kind</em>'.
	 * @see org.chartroom.model.warehouse.Dataset#getSourceKind()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_SourceKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Dataset#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.chartroom.model.warehouse.Dataset#getTables()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Tables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Dataset#getConceptSets <em>Concept Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concept Sets</em>'.
	 * @see org.chartroom.model.warehouse.Dataset#getConceptSets()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_ConceptSets();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.Table <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table</em>'.
	 * @see org.chartroom.model.warehouse.Table
	 * @generated
	 */
	EClass getTable();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Table#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.Table#getName()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Table#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.chartroom.model.warehouse.Table#getDescription()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Table#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.chartroom.model.warehouse.Table#getColumns()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Columns();

	/**
	 * Returns the meta object for the containment reference '{@link org.chartroom.model.warehouse.Table#getPrimaryKey <em>Primary Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Primary Key</em>'.
	 * @see org.chartroom.model.warehouse.Table#getPrimaryKey()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_PrimaryKey();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Table#getForeignKeys <em>Foreign Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Foreign Keys</em>'.
	 * @see org.chartroom.model.warehouse.Table#getForeignKeys()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_ForeignKeys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.model.warehouse.Table#getIndexes <em>Indexes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indexes</em>'.
	 * @see org.chartroom.model.warehouse.Table#getIndexes()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Indexes();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Table#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.chartroom.model.warehouse.Table#isRequired()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Required();

	/**
	 * Returns the meta object for the containment reference '{@link org.chartroom.model.warehouse.Table#getSemantics <em>Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Semantics</em>'.
	 * @see org.chartroom.model.warehouse.Table#getSemantics()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Semantics();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.Column <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column</em>'.
	 * @see org.chartroom.model.warehouse.Column
	 * @generated
	 */
	EClass getColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.Column#getName()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.chartroom.model.warehouse.Column#getType()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.chartroom.model.warehouse.Column#getLength()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see org.chartroom.model.warehouse.Column#getPrecision()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Precision();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.chartroom.model.warehouse.Column#getScale()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#isNullable <em>Nullable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nullable</em>'.
	 * @see org.chartroom.model.warehouse.Column#isNullable()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Nullable();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Column#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.chartroom.model.warehouse.Column#getDescription()
	 * @see #getColumn()
	 * @generated
	 */
	EAttribute getColumn_Description();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.PrimaryKey <em>Primary Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Primary Key</em>'.
	 * @see org.chartroom.model.warehouse.PrimaryKey
	 * @generated
	 */
	EClass getPrimaryKey();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.PrimaryKey#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.PrimaryKey#getName()
	 * @see #getPrimaryKey()
	 * @generated
	 */
	EAttribute getPrimaryKey_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.chartroom.model.warehouse.PrimaryKey#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Columns</em>'.
	 * @see org.chartroom.model.warehouse.PrimaryKey#getColumns()
	 * @see #getPrimaryKey()
	 * @generated
	 */
	EReference getPrimaryKey_Columns();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.ForeignKey <em>Foreign Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Foreign Key</em>'.
	 * @see org.chartroom.model.warehouse.ForeignKey
	 * @generated
	 */
	EClass getForeignKey();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.ForeignKey#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.ForeignKey#getName()
	 * @see #getForeignKey()
	 * @generated
	 */
	EAttribute getForeignKey_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.chartroom.model.warehouse.ForeignKey#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Columns</em>'.
	 * @see org.chartroom.model.warehouse.ForeignKey#getColumns()
	 * @see #getForeignKey()
	 * @generated
	 */
	EReference getForeignKey_Columns();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.ForeignKey#getTargetTable <em>Target Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Table</em>'.
	 * @see org.chartroom.model.warehouse.ForeignKey#getTargetTable()
	 * @see #getForeignKey()
	 * @generated
	 */
	EReference getForeignKey_TargetTable();

	/**
	 * Returns the meta object for the reference list '{@link org.chartroom.model.warehouse.ForeignKey#getTargetColumns <em>Target Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Columns</em>'.
	 * @see org.chartroom.model.warehouse.ForeignKey#getTargetColumns()
	 * @see #getForeignKey()
	 * @generated
	 */
	EReference getForeignKey_TargetColumns();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.Index <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Index</em>'.
	 * @see org.chartroom.model.warehouse.Index
	 * @generated
	 */
	EClass getIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Index#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.Index#getName()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.chartroom.model.warehouse.Index#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Columns</em>'.
	 * @see org.chartroom.model.warehouse.Index#getColumns()
	 * @see #getIndex()
	 * @generated
	 */
	EReference getIndex_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.Index#isUnique <em>Unique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique</em>'.
	 * @see org.chartroom.model.warehouse.Index#isUnique()
	 * @see #getIndex()
	 * @generated
	 */
	EAttribute getIndex_Unique();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.TableSemantics <em>Table Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Semantics</em>'.
	 * @see org.chartroom.model.warehouse.TableSemantics
	 * @generated
	 */
	EClass getTableSemantics();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.PatientSemantics <em>Patient Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient Semantics</em>'.
	 * @see org.chartroom.model.warehouse.PatientSemantics
	 * @generated
	 */
	EClass getPatientSemantics();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.PatientSemantics#getIdColumn <em>Id Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Id Column</em>'.
	 * @see org.chartroom.model.warehouse.PatientSemantics#getIdColumn()
	 * @see #getPatientSemantics()
	 * @generated
	 */
	EReference getPatientSemantics_IdColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.PatientSemantics#getSexColumn <em>Sex Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sex Column</em>'.
	 * @see org.chartroom.model.warehouse.PatientSemantics#getSexColumn()
	 * @see #getPatientSemantics()
	 * @generated
	 */
	EReference getPatientSemantics_SexColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.PatientSemantics#getBirthDateColumn <em>Birth Date Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Birth Date Column</em>'.
	 * @see org.chartroom.model.warehouse.PatientSemantics#getBirthDateColumn()
	 * @see #getPatientSemantics()
	 * @generated
	 */
	EReference getPatientSemantics_BirthDateColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.PatientSemantics#getDeathDateColumn <em>Death Date Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Death Date Column</em>'.
	 * @see org.chartroom.model.warehouse.PatientSemantics#getDeathDateColumn()
	 * @see #getPatientSemantics()
	 * @generated
	 */
	EReference getPatientSemantics_DeathDateColumn();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.StaySemantics <em>Stay Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stay Semantics</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics
	 * @generated
	 */
	EClass getStaySemantics();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.StaySemantics#getIdColumn <em>Id Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Id Column</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getIdColumn()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EReference getStaySemantics_IdColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.StaySemantics#getPatientColumn <em>Patient Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patient Column</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getPatientColumn()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EReference getStaySemantics_PatientColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.StaySemantics#getStartColumn <em>Start Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Start Column</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getStartColumn()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EReference getStaySemantics_StartColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.StaySemantics#getEndColumn <em>End Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End Column</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getEndColumn()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EReference getStaySemantics_EndColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.StaySemantics#getParentStayColumn <em>Parent Stay Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent Stay Column</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getParentStayColumn()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EReference getStaySemantics_ParentStayColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.StaySemantics#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getLevel()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EAttribute getStaySemantics_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.StaySemantics#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.chartroom.model.warehouse.StaySemantics#getLabel()
	 * @see #getStaySemantics()
	 * @generated
	 */
	EAttribute getStaySemantics_Label();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.EventSemantics <em>Event Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Semantics</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics
	 * @generated
	 */
	EClass getEventSemantics();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.EventSemantics#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getDomain()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EAttribute getEventSemantics_Domain();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getPatientColumn <em>Patient Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patient Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getPatientColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_PatientColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getStayColumn <em>Stay Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stay Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getStayColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_StayColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getTimeColumn <em>Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Time Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getTimeColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_TimeColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getFallbackTimeColumn <em>Fallback Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fallback Time Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getFallbackTimeColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_FallbackTimeColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getEndTimeColumn <em>End Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End Time Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getEndTimeColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_EndTimeColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getConceptColumn <em>Concept Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Concept Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getConceptColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_ConceptColumn();

	/**
	 * Returns the meta object for the containment reference '{@link org.chartroom.model.warehouse.EventSemantics#getDictionary <em>Dictionary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dictionary</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getDictionary()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_Dictionary();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getNumericValueColumn <em>Numeric Value Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Numeric Value Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getNumericValueColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_NumericValueColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getTextValueColumn <em>Text Value Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Text Value Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getTextValueColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_TextValueColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.EventSemantics#getUnitColumn <em>Unit Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit Column</em>'.
	 * @see org.chartroom.model.warehouse.EventSemantics#getUnitColumn()
	 * @see #getEventSemantics()
	 * @generated
	 */
	EReference getEventSemantics_UnitColumn();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.DictionaryRef <em>Dictionary Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dictionary Ref</em>'.
	 * @see org.chartroom.model.warehouse.DictionaryRef
	 * @generated
	 */
	EClass getDictionaryRef();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionaryRef#getDictionaryTable <em>Dictionary Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dictionary Table</em>'.
	 * @see org.chartroom.model.warehouse.DictionaryRef#getDictionaryTable()
	 * @see #getDictionaryRef()
	 * @generated
	 */
	EReference getDictionaryRef_DictionaryTable();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionaryRef#getKeyColumn <em>Key Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Key Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionaryRef#getKeyColumn()
	 * @see #getDictionaryRef()
	 * @generated
	 */
	EReference getDictionaryRef_KeyColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionaryRef#getLabelColumn <em>Label Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionaryRef#getLabelColumn()
	 * @see #getDictionaryRef()
	 * @generated
	 */
	EReference getDictionaryRef_LabelColumn();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.DictionarySemantics <em>Dictionary Semantics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dictionary Semantics</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics
	 * @generated
	 */
	EClass getDictionarySemantics();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionarySemantics#getKeyColumn <em>Key Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Key Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics#getKeyColumn()
	 * @see #getDictionarySemantics()
	 * @generated
	 */
	EReference getDictionarySemantics_KeyColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionarySemantics#getLabelColumn <em>Label Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics#getLabelColumn()
	 * @see #getDictionarySemantics()
	 * @generated
	 */
	EReference getDictionarySemantics_LabelColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionarySemantics#getCodeColumn <em>Code Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics#getCodeColumn()
	 * @see #getDictionarySemantics()
	 * @generated
	 */
	EReference getDictionarySemantics_CodeColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionarySemantics#getCategoryColumn <em>Category Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics#getCategoryColumn()
	 * @see #getDictionarySemantics()
	 * @generated
	 */
	EReference getDictionarySemantics_CategoryColumn();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.DictionarySemantics#getVocabularyColumn <em>Vocabulary Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vocabulary Column</em>'.
	 * @see org.chartroom.model.warehouse.DictionarySemantics#getVocabularyColumn()
	 * @see #getDictionarySemantics()
	 * @generated
	 */
	EReference getDictionarySemantics_VocabularyColumn();

	/**
	 * Returns the meta object for class '{@link org.chartroom.model.warehouse.ConceptSet <em>Concept Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concept Set</em>'.
	 * @see org.chartroom.model.warehouse.ConceptSet
	 * @generated
	 */
	EClass getConceptSet();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.ConceptSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.model.warehouse.ConceptSet#getName()
	 * @see #getConceptSet()
	 * @generated
	 */
	EAttribute getConceptSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.model.warehouse.ConceptSet#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.chartroom.model.warehouse.ConceptSet#getRole()
	 * @see #getConceptSet()
	 * @generated
	 */
	EAttribute getConceptSet_Role();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.model.warehouse.ConceptSet#getDictionaryTable <em>Dictionary Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dictionary Table</em>'.
	 * @see org.chartroom.model.warehouse.ConceptSet#getDictionaryTable()
	 * @see #getConceptSet()
	 * @generated
	 */
	EReference getConceptSet_DictionaryTable();

	/**
	 * Returns the meta object for the attribute list '{@link org.chartroom.model.warehouse.ConceptSet#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Codes</em>'.
	 * @see org.chartroom.model.warehouse.ConceptSet#getCodes()
	 * @see #getConceptSet()
	 * @generated
	 */
	EAttribute getConceptSet_Codes();

	/**
	 * Returns the meta object for enum '{@link org.chartroom.model.warehouse.ColumnType <em>Column Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Column Type</em>'.
	 * @see org.chartroom.model.warehouse.ColumnType
	 * @generated
	 */
	EEnum getColumnType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WarehouseFactory getWarehouseFactory();

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
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.WarehouseImpl <em>Warehouse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.WarehouseImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getWarehouse()
		 * @generated
		 */
		EClass WAREHOUSE = eINSTANCE.getWarehouse();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAREHOUSE__NAME = eINSTANCE.getWarehouse_Name();

		/**
		 * The meta object literal for the '<em><b>Datasets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAREHOUSE__DATASETS = eINSTANCE.getWarehouse_Datasets();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.DatasetImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__DESCRIPTION = eINSTANCE.getDataset_Description();

		/**
		 * The meta object literal for the '<em><b>Source Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__SOURCE_KIND = eINSTANCE.getDataset_SourceKind();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__TABLES = eINSTANCE.getDataset_Tables();

		/**
		 * The meta object literal for the '<em><b>Concept Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__CONCEPT_SETS = eINSTANCE.getDataset_ConceptSets();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.TableImpl <em>Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.TableImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getTable()
		 * @generated
		 */
		EClass TABLE = eINSTANCE.getTable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__NAME = eINSTANCE.getTable_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__DESCRIPTION = eINSTANCE.getTable_Description();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__COLUMNS = eINSTANCE.getTable_Columns();

		/**
		 * The meta object literal for the '<em><b>Primary Key</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__PRIMARY_KEY = eINSTANCE.getTable_PrimaryKey();

		/**
		 * The meta object literal for the '<em><b>Foreign Keys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__FOREIGN_KEYS = eINSTANCE.getTable_ForeignKeys();

		/**
		 * The meta object literal for the '<em><b>Indexes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__INDEXES = eINSTANCE.getTable_Indexes();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__REQUIRED = eINSTANCE.getTable_Required();

		/**
		 * The meta object literal for the '<em><b>Semantics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__SEMANTICS = eINSTANCE.getTable_Semantics();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.ColumnImpl <em>Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.ColumnImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getColumn()
		 * @generated
		 */
		EClass COLUMN = eINSTANCE.getColumn();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__NAME = eINSTANCE.getColumn_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__TYPE = eINSTANCE.getColumn_Type();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__LENGTH = eINSTANCE.getColumn_Length();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__PRECISION = eINSTANCE.getColumn_Precision();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__SCALE = eINSTANCE.getColumn_Scale();

		/**
		 * The meta object literal for the '<em><b>Nullable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__NULLABLE = eINSTANCE.getColumn_Nullable();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN__DESCRIPTION = eINSTANCE.getColumn_Description();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.PrimaryKeyImpl <em>Primary Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.PrimaryKeyImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getPrimaryKey()
		 * @generated
		 */
		EClass PRIMARY_KEY = eINSTANCE.getPrimaryKey();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIMARY_KEY__NAME = eINSTANCE.getPrimaryKey_Name();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIMARY_KEY__COLUMNS = eINSTANCE.getPrimaryKey_Columns();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.ForeignKeyImpl <em>Foreign Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.ForeignKeyImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getForeignKey()
		 * @generated
		 */
		EClass FOREIGN_KEY = eINSTANCE.getForeignKey();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOREIGN_KEY__NAME = eINSTANCE.getForeignKey_Name();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY__COLUMNS = eINSTANCE.getForeignKey_Columns();

		/**
		 * The meta object literal for the '<em><b>Target Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY__TARGET_TABLE = eINSTANCE.getForeignKey_TargetTable();

		/**
		 * The meta object literal for the '<em><b>Target Columns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY__TARGET_COLUMNS = eINSTANCE.getForeignKey_TargetColumns();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.IndexImpl <em>Index</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.IndexImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getIndex()
		 * @generated
		 */
		EClass INDEX = eINSTANCE.getIndex();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__NAME = eINSTANCE.getIndex_Name();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDEX__COLUMNS = eINSTANCE.getIndex_Columns();

		/**
		 * The meta object literal for the '<em><b>Unique</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDEX__UNIQUE = eINSTANCE.getIndex_Unique();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.TableSemanticsImpl <em>Table Semantics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.TableSemanticsImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getTableSemantics()
		 * @generated
		 */
		EClass TABLE_SEMANTICS = eINSTANCE.getTableSemantics();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl <em>Patient Semantics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.PatientSemanticsImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getPatientSemantics()
		 * @generated
		 */
		EClass PATIENT_SEMANTICS = eINSTANCE.getPatientSemantics();

		/**
		 * The meta object literal for the '<em><b>Id Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_SEMANTICS__ID_COLUMN = eINSTANCE.getPatientSemantics_IdColumn();

		/**
		 * The meta object literal for the '<em><b>Sex Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_SEMANTICS__SEX_COLUMN = eINSTANCE.getPatientSemantics_SexColumn();

		/**
		 * The meta object literal for the '<em><b>Birth Date Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_SEMANTICS__BIRTH_DATE_COLUMN = eINSTANCE.getPatientSemantics_BirthDateColumn();

		/**
		 * The meta object literal for the '<em><b>Death Date Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT_SEMANTICS__DEATH_DATE_COLUMN = eINSTANCE.getPatientSemantics_DeathDateColumn();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl <em>Stay Semantics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.StaySemanticsImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getStaySemantics()
		 * @generated
		 */
		EClass STAY_SEMANTICS = eINSTANCE.getStaySemantics();

		/**
		 * The meta object literal for the '<em><b>Id Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAY_SEMANTICS__ID_COLUMN = eINSTANCE.getStaySemantics_IdColumn();

		/**
		 * The meta object literal for the '<em><b>Patient Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAY_SEMANTICS__PATIENT_COLUMN = eINSTANCE.getStaySemantics_PatientColumn();

		/**
		 * The meta object literal for the '<em><b>Start Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAY_SEMANTICS__START_COLUMN = eINSTANCE.getStaySemantics_StartColumn();

		/**
		 * The meta object literal for the '<em><b>End Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAY_SEMANTICS__END_COLUMN = eINSTANCE.getStaySemantics_EndColumn();

		/**
		 * The meta object literal for the '<em><b>Parent Stay Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAY_SEMANTICS__PARENT_STAY_COLUMN = eINSTANCE.getStaySemantics_ParentStayColumn();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAY_SEMANTICS__LEVEL = eINSTANCE.getStaySemantics_Level();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAY_SEMANTICS__LABEL = eINSTANCE.getStaySemantics_Label();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl <em>Event Semantics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.EventSemanticsImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getEventSemantics()
		 * @generated
		 */
		EClass EVENT_SEMANTICS = eINSTANCE.getEventSemantics();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SEMANTICS__DOMAIN = eINSTANCE.getEventSemantics_Domain();

		/**
		 * The meta object literal for the '<em><b>Patient Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__PATIENT_COLUMN = eINSTANCE.getEventSemantics_PatientColumn();

		/**
		 * The meta object literal for the '<em><b>Stay Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__STAY_COLUMN = eINSTANCE.getEventSemantics_StayColumn();

		/**
		 * The meta object literal for the '<em><b>Time Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__TIME_COLUMN = eINSTANCE.getEventSemantics_TimeColumn();

		/**
		 * The meta object literal for the '<em><b>Fallback Time Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__FALLBACK_TIME_COLUMN = eINSTANCE.getEventSemantics_FallbackTimeColumn();

		/**
		 * The meta object literal for the '<em><b>End Time Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__END_TIME_COLUMN = eINSTANCE.getEventSemantics_EndTimeColumn();

		/**
		 * The meta object literal for the '<em><b>Concept Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__CONCEPT_COLUMN = eINSTANCE.getEventSemantics_ConceptColumn();

		/**
		 * The meta object literal for the '<em><b>Dictionary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__DICTIONARY = eINSTANCE.getEventSemantics_Dictionary();

		/**
		 * The meta object literal for the '<em><b>Numeric Value Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN = eINSTANCE.getEventSemantics_NumericValueColumn();

		/**
		 * The meta object literal for the '<em><b>Text Value Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__TEXT_VALUE_COLUMN = eINSTANCE.getEventSemantics_TextValueColumn();

		/**
		 * The meta object literal for the '<em><b>Unit Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_SEMANTICS__UNIT_COLUMN = eINSTANCE.getEventSemantics_UnitColumn();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.DictionaryRefImpl <em>Dictionary Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.DictionaryRefImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDictionaryRef()
		 * @generated
		 */
		EClass DICTIONARY_REF = eINSTANCE.getDictionaryRef();

		/**
		 * The meta object literal for the '<em><b>Dictionary Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_REF__DICTIONARY_TABLE = eINSTANCE.getDictionaryRef_DictionaryTable();

		/**
		 * The meta object literal for the '<em><b>Key Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_REF__KEY_COLUMN = eINSTANCE.getDictionaryRef_KeyColumn();

		/**
		 * The meta object literal for the '<em><b>Label Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_REF__LABEL_COLUMN = eINSTANCE.getDictionaryRef_LabelColumn();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl <em>Dictionary Semantics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.DictionarySemanticsImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getDictionarySemantics()
		 * @generated
		 */
		EClass DICTIONARY_SEMANTICS = eINSTANCE.getDictionarySemantics();

		/**
		 * The meta object literal for the '<em><b>Key Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_SEMANTICS__KEY_COLUMN = eINSTANCE.getDictionarySemantics_KeyColumn();

		/**
		 * The meta object literal for the '<em><b>Label Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_SEMANTICS__LABEL_COLUMN = eINSTANCE.getDictionarySemantics_LabelColumn();

		/**
		 * The meta object literal for the '<em><b>Code Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_SEMANTICS__CODE_COLUMN = eINSTANCE.getDictionarySemantics_CodeColumn();

		/**
		 * The meta object literal for the '<em><b>Category Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_SEMANTICS__CATEGORY_COLUMN = eINSTANCE.getDictionarySemantics_CategoryColumn();

		/**
		 * The meta object literal for the '<em><b>Vocabulary Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICTIONARY_SEMANTICS__VOCABULARY_COLUMN = eINSTANCE.getDictionarySemantics_VocabularyColumn();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.impl.ConceptSetImpl <em>Concept Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.impl.ConceptSetImpl
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getConceptSet()
		 * @generated
		 */
		EClass CONCEPT_SET = eINSTANCE.getConceptSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_SET__NAME = eINSTANCE.getConceptSet_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_SET__ROLE = eINSTANCE.getConceptSet_Role();

		/**
		 * The meta object literal for the '<em><b>Dictionary Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT_SET__DICTIONARY_TABLE = eINSTANCE.getConceptSet_DictionaryTable();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT_SET__CODES = eINSTANCE.getConceptSet_Codes();

		/**
		 * The meta object literal for the '{@link org.chartroom.model.warehouse.ColumnType <em>Column Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.model.warehouse.ColumnType
		 * @see org.chartroom.model.warehouse.impl.WarehousePackageImpl#getColumnType()
		 * @generated
		 */
		EEnum COLUMN_TYPE = eINSTANCE.getColumnType();

	}

} //WarehousePackage
