/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Foreign Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A foreign key: columns of this table whose values refer to columns of another table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.ForeignKey#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ForeignKey#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ForeignKey#getTargetTable <em>Target Table</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ForeignKey#getTargetColumns <em>Target Columns</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getForeignKey()
 * @model
 * @generated
 */
public interface ForeignKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the key constraint, if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getForeignKey_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.ForeignKey#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns of this table that refer to the other table, in key order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getForeignKey_Columns()
	 * @model
	 * @generated
	 */
	EList<Column> getColumns();

	/**
	 * Returns the value of the '<em><b>Target Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table that is referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Table</em>' reference.
	 * @see #setTargetTable(Table)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getForeignKey_TargetTable()
	 * @model required="true"
	 * @generated
	 */
	Table getTargetTable();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.ForeignKey#getTargetTable <em>Target Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Table</em>' reference.
	 * @see #getTargetTable()
	 * @generated
	 */
	void setTargetTable(Table value);

	/**
	 * Returns the value of the '<em><b>Target Columns</b></em>' reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns of the target table that are referred to, in the same order as the columns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Columns</em>' reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getForeignKey_TargetColumns()
	 * @model
	 * @generated
	 */
	EList<Column> getTargetColumns();

} // ForeignKey
