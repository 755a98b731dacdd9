/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.TableSemantics;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class TableSemanticsImpl extends MinimalEObjectImpl.Container implements TableSemantics {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableSemanticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.TABLE_SEMANTICS;
	}

} //TableSemanticsImpl
