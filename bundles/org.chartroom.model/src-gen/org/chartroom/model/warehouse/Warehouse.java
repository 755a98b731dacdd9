/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Warehouse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model: a named collection of data sets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.Warehouse#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Warehouse#getDatasets <em>Datasets</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getWarehouse()
 * @model
 * @generated
 */
public interface Warehouse extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown for this warehouse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getWarehouse_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Warehouse#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Datasets</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Dataset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data sets that belong to this warehouse, each with a name of its own; references in a saved model find a data set by its name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Datasets</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getWarehouse_Datasets()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Dataset> getDatasets();

} // Warehouse
