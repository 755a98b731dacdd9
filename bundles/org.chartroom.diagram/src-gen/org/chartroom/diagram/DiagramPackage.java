/**
 */
package org.chartroom.diagram;

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
 * The entity-relationship diagram of one data set: which tables are shown, where, how large, with which columns, and the foreign keys between them. Kept apart from the warehouse model: it refers to tables and columns by name, so a diagram survives a new import of its data set.
 * <!-- end-model-doc -->
 * @see org.chartroom.diagram.DiagramFactory
 * @model kind="package"
 * @generated
 */
public interface DiagramPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "diagram";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://chartroom.org/model/diagram/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "diagram";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagramPackage eINSTANCE = org.chartroom.diagram.impl.DiagramPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.impl.DiagramImpl
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 0;

	/**
	 * The feature id for the '<em><b>Dataset Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DATASET_NAME = 0;

	/**
	 * The feature id for the '<em><b>Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__SOURCE_KIND = 1;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__TABLES = 2;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 3;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.impl.TableNodeImpl <em>Table Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.impl.TableNodeImpl
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getTableNode()
	 * @generated
	 */
	int TABLE_NODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__VISIBLE = 2;

	/**
	 * The feature id for the '<em><b>Column Display</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__COLUMN_DISPLAY = 3;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__X = 4;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__Y = 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__WIDTH = 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__HEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE__COLUMNS = 8;

	/**
	 * The number of structural features of the '<em>Table Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Table Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.impl.ColumnEntryImpl <em>Column Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.impl.ColumnEntryImpl
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getColumnEntry()
	 * @generated
	 */
	int COLUMN_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Primary Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__PRIMARY_KEY = 2;

	/**
	 * The feature id for the '<em><b>Foreign Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__FOREIGN_KEY = 3;

	/**
	 * The feature id for the '<em><b>Referenced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__REFERENCED = 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY__ROLE = 5;

	/**
	 * The number of structural features of the '<em>Column Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Column Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl <em>Foreign Key Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.impl.ForeignKeyEdgeImpl
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getForeignKeyEdge()
	 * @generated
	 */
	int FOREIGN_KEY_EDGE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Source Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__SOURCE_COLUMNS = 3;

	/**
	 * The feature id for the '<em><b>Target Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__TARGET_COLUMNS = 4;

	/**
	 * The feature id for the '<em><b>Bend Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE__BEND_POINTS = 5;

	/**
	 * The number of structural features of the '<em>Foreign Key Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Foreign Key Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOREIGN_KEY_EDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.impl.PointImpl <em>Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.impl.PointImpl
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getPoint()
	 * @generated
	 */
	int POINT = 4;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.TableRole <em>Table Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.TableRole
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getTableRole()
	 * @generated
	 */
	int TABLE_ROLE = 5;

	/**
	 * The meta object id for the '{@link org.chartroom.diagram.ColumnDisplay <em>Column Display</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.chartroom.diagram.ColumnDisplay
	 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getColumnDisplay()
	 * @generated
	 */
	int COLUMN_DISPLAY = 6;


	/**
	 * Returns the meta object for class '{@link org.chartroom.diagram.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.chartroom.diagram.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.Diagram#getDatasetName <em>Dataset Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset Name</em>'.
	 * @see org.chartroom.diagram.Diagram#getDatasetName()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_DatasetName();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.Diagram#getSourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Kind</em>'.
	 * @see org.chartroom.diagram.Diagram#getSourceKind()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_SourceKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.diagram.Diagram#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.chartroom.diagram.Diagram#getTables()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Tables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.diagram.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.chartroom.diagram.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for class '{@link org.chartroom.diagram.TableNode <em>Table Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Node</em>'.
	 * @see org.chartroom.diagram.TableNode
	 * @generated
	 */
	EClass getTableNode();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.diagram.TableNode#getName()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.chartroom.diagram.TableNode#getRole()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#isVisible <em>Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible</em>'.
	 * @see org.chartroom.diagram.TableNode#isVisible()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Visible();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getColumnDisplay <em>Column Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Display</em>'.
	 * @see org.chartroom.diagram.TableNode#getColumnDisplay()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_ColumnDisplay();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.chartroom.diagram.TableNode#getX()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.chartroom.diagram.TableNode#getY()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.chartroom.diagram.TableNode#getWidth()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.TableNode#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.chartroom.diagram.TableNode#getHeight()
	 * @see #getTableNode()
	 * @generated
	 */
	EAttribute getTableNode_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.diagram.TableNode#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.chartroom.diagram.TableNode#getColumns()
	 * @see #getTableNode()
	 * @generated
	 */
	EReference getTableNode_Columns();

	/**
	 * Returns the meta object for class '{@link org.chartroom.diagram.ColumnEntry <em>Column Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Entry</em>'.
	 * @see org.chartroom.diagram.ColumnEntry
	 * @generated
	 */
	EClass getColumnEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#getName()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#getType()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#isPrimaryKey <em>Primary Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Key</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#isPrimaryKey()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_PrimaryKey();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#isForeignKey <em>Foreign Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreign Key</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#isForeignKey()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_ForeignKey();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#isReferenced <em>Referenced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referenced</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#isReferenced()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_Referenced();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ColumnEntry#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.chartroom.diagram.ColumnEntry#getRole()
	 * @see #getColumnEntry()
	 * @generated
	 */
	EAttribute getColumnEntry_Role();

	/**
	 * Returns the meta object for class '{@link org.chartroom.diagram.ForeignKeyEdge <em>Foreign Key Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Foreign Key Edge</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge
	 * @generated
	 */
	EClass getForeignKeyEdge();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.ForeignKeyEdge#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getName()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EAttribute getForeignKeyEdge_Name();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.diagram.ForeignKeyEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getSource()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EReference getForeignKeyEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.chartroom.diagram.ForeignKeyEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getTarget()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EReference getForeignKeyEdge_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.chartroom.diagram.ForeignKeyEdge#getSourceColumns <em>Source Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Source Columns</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getSourceColumns()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EAttribute getForeignKeyEdge_SourceColumns();

	/**
	 * Returns the meta object for the attribute list '{@link org.chartroom.diagram.ForeignKeyEdge#getTargetColumns <em>Target Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Columns</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getTargetColumns()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EAttribute getForeignKeyEdge_TargetColumns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.chartroom.diagram.ForeignKeyEdge#getBendPoints <em>Bend Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bend Points</em>'.
	 * @see org.chartroom.diagram.ForeignKeyEdge#getBendPoints()
	 * @see #getForeignKeyEdge()
	 * @generated
	 */
	EReference getForeignKeyEdge_BendPoints();

	/**
	 * Returns the meta object for class '{@link org.chartroom.diagram.Point <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Point</em>'.
	 * @see org.chartroom.diagram.Point
	 * @generated
	 */
	EClass getPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.Point#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.chartroom.diagram.Point#getX()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.chartroom.diagram.Point#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.chartroom.diagram.Point#getY()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_Y();

	/**
	 * Returns the meta object for enum '{@link org.chartroom.diagram.TableRole <em>Table Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Table Role</em>'.
	 * @see org.chartroom.diagram.TableRole
	 * @generated
	 */
	EEnum getTableRole();

	/**
	 * Returns the meta object for enum '{@link org.chartroom.diagram.ColumnDisplay <em>Column Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Column Display</em>'.
	 * @see org.chartroom.diagram.ColumnDisplay
	 * @generated
	 */
	EEnum getColumnDisplay();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagramFactory getDiagramFactory();

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
		 * The meta object literal for the '{@link org.chartroom.diagram.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.impl.DiagramImpl
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Dataset Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__DATASET_NAME = eINSTANCE.getDiagram_DatasetName();

		/**
		 * The meta object literal for the '<em><b>Source Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__SOURCE_KIND = eINSTANCE.getDiagram_SourceKind();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__TABLES = eINSTANCE.getDiagram_Tables();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.impl.TableNodeImpl <em>Table Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.impl.TableNodeImpl
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getTableNode()
		 * @generated
		 */
		EClass TABLE_NODE = eINSTANCE.getTableNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__NAME = eINSTANCE.getTableNode_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__ROLE = eINSTANCE.getTableNode_Role();

		/**
		 * The meta object literal for the '<em><b>Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__VISIBLE = eINSTANCE.getTableNode_Visible();

		/**
		 * The meta object literal for the '<em><b>Column Display</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__COLUMN_DISPLAY = eINSTANCE.getTableNode_ColumnDisplay();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__X = eINSTANCE.getTableNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__Y = eINSTANCE.getTableNode_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__WIDTH = eINSTANCE.getTableNode_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_NODE__HEIGHT = eINSTANCE.getTableNode_Height();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_NODE__COLUMNS = eINSTANCE.getTableNode_Columns();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.impl.ColumnEntryImpl <em>Column Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.impl.ColumnEntryImpl
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getColumnEntry()
		 * @generated
		 */
		EClass COLUMN_ENTRY = eINSTANCE.getColumnEntry();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__NAME = eINSTANCE.getColumnEntry_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__TYPE = eINSTANCE.getColumnEntry_Type();

		/**
		 * The meta object literal for the '<em><b>Primary Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__PRIMARY_KEY = eINSTANCE.getColumnEntry_PrimaryKey();

		/**
		 * The meta object literal for the '<em><b>Foreign Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__FOREIGN_KEY = eINSTANCE.getColumnEntry_ForeignKey();

		/**
		 * The meta object literal for the '<em><b>Referenced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__REFERENCED = eINSTANCE.getColumnEntry_Referenced();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_ENTRY__ROLE = eINSTANCE.getColumnEntry_Role();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl <em>Foreign Key Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.impl.ForeignKeyEdgeImpl
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getForeignKeyEdge()
		 * @generated
		 */
		EClass FOREIGN_KEY_EDGE = eINSTANCE.getForeignKeyEdge();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOREIGN_KEY_EDGE__NAME = eINSTANCE.getForeignKeyEdge_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY_EDGE__SOURCE = eINSTANCE.getForeignKeyEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY_EDGE__TARGET = eINSTANCE.getForeignKeyEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Source Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOREIGN_KEY_EDGE__SOURCE_COLUMNS = eINSTANCE.getForeignKeyEdge_SourceColumns();

		/**
		 * The meta object literal for the '<em><b>Target Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOREIGN_KEY_EDGE__TARGET_COLUMNS = eINSTANCE.getForeignKeyEdge_TargetColumns();

		/**
		 * The meta object literal for the '<em><b>Bend Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOREIGN_KEY_EDGE__BEND_POINTS = eINSTANCE.getForeignKeyEdge_BendPoints();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.impl.PointImpl <em>Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.impl.PointImpl
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getPoint()
		 * @generated
		 */
		EClass POINT = eINSTANCE.getPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__X = eINSTANCE.getPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__Y = eINSTANCE.getPoint_Y();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.TableRole <em>Table Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.TableRole
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getTableRole()
		 * @generated
		 */
		EEnum TABLE_ROLE = eINSTANCE.getTableRole();

		/**
		 * The meta object literal for the '{@link org.chartroom.diagram.ColumnDisplay <em>Column Display</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.chartroom.diagram.ColumnDisplay
		 * @see org.chartroom.diagram.impl.DiagramPackageImpl#getColumnDisplay()
		 * @generated
		 */
		EEnum COLUMN_DISPLAY = eINSTANCE.getColumnDisplay();

	}

} //DiagramPackage
