/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The clinical role of a table. Its subclasses say which columns hold the patient, the stay, the time, the concept and the value, so that generic tools can work on any data set. All columns named here belong to the same data set.
 * <!-- end-model-doc -->
 *
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getTableSemantics()
 * @model abstract="true"
 * @generated
 */
public interface TableSemantics extends EObject {
} // TableSemantics
