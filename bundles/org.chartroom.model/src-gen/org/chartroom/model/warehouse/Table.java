/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table of a data set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.Table#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getPrimaryKey <em>Primary Key</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getForeignKeys <em>Foreign Keys</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getIndexes <em>Indexes</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#isRequired <em>Required</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Table#getSemantics <em>Semantics</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getTable()
 * @model
 * @generated
 */
public interface Table extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the table; it must be given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Table#getName <em>Name</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * A free-text description of what the table holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Table#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns of the table, in their order in the table, each with a name of its own; references in a saved model find a column by its table and name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Columns()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Column> getColumns();

	/**
	 * Returns the value of the '<em><b>Primary Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary key of the table, if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Key</em>' containment reference.
	 * @see #setPrimaryKey(PrimaryKey)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_PrimaryKey()
	 * @model containment="true"
	 * @generated
	 */
	PrimaryKey getPrimaryKey();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Table#getPrimaryKey <em>Primary Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Key</em>' containment reference.
	 * @see #getPrimaryKey()
	 * @generated
	 */
	void setPrimaryKey(PrimaryKey value);

	/**
	 * Returns the value of the '<em><b>Foreign Keys</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.ForeignKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The foreign keys that lead from this table to other tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreign Keys</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_ForeignKeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<ForeignKey> getForeignKeys();

	/**
	 * Returns the value of the '<em><b>Indexes</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Index}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indexes to build on this table once its data is loaded, to make lookups by patient, stay, concept or time fast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indexes</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Indexes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Index> getIndexes();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the table must be present in the source: an import of this data set fails when the table's file is missing. An optional table whose file is missing is created empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Required()
	 * @model default="false"
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Table#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Semantics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the table means clinically (patients, stays, events or a dictionary), if it plays one of these roles; tools such as the patient browser and the cohort builder read it instead of table names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantics</em>' containment reference.
	 * @see #setSemantics(TableSemantics)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getTable_Semantics()
	 * @model containment="true"
	 * @generated
	 */
	TableSemantics getSemantics();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Table#getSemantics <em>Semantics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantics</em>' containment reference.
	 * @see #getSemantics()
	 * @generated
	 */
	void setSemantics(TableSemantics value);

} // Table
