/**
 */
package org.chartroom.model.warehouse.impl;

import java.util.Collection;

import org.chartroom.model.warehouse.ConceptSet;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concept Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.ConceptSetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.ConceptSetImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.ConceptSetImpl#getDictionaryTable <em>Dictionary Table</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.ConceptSetImpl#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConceptSetImpl extends MinimalEObjectImpl.Container implements ConceptSet {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDictionaryTable() <em>Dictionary Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionaryTable()
	 * @generated
	 * @ordered
	 */
	protected Table dictionaryTable;

	/**
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> codes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConceptSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.CONCEPT_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.CONCEPT_SET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.CONCEPT_SET__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Table getDictionaryTable() {
		if (dictionaryTable != null && dictionaryTable.eIsProxy()) {
			InternalEObject oldDictionaryTable = (InternalEObject)dictionaryTable;
			dictionaryTable = (Table)eResolveProxy(oldDictionaryTable);
			if (dictionaryTable != oldDictionaryTable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE, oldDictionaryTable, dictionaryTable));
			}
		}
		return dictionaryTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Table basicGetDictionaryTable() {
		return dictionaryTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDictionaryTable(Table newDictionaryTable) {
		Table oldDictionaryTable = dictionaryTable;
		dictionaryTable = newDictionaryTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE, oldDictionaryTable, dictionaryTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCodes() {
		if (codes == null) {
			codes = new EDataTypeUniqueEList<String>(String.class, this, WarehousePackage.CONCEPT_SET__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.CONCEPT_SET__NAME:
				return getName();
			case WarehousePackage.CONCEPT_SET__ROLE:
				return getRole();
			case WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE:
				if (resolve) return getDictionaryTable();
				return basicGetDictionaryTable();
			case WarehousePackage.CONCEPT_SET__CODES:
				return getCodes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WarehousePackage.CONCEPT_SET__NAME:
				setName((String)newValue);
				return;
			case WarehousePackage.CONCEPT_SET__ROLE:
				setRole((String)newValue);
				return;
			case WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE:
				setDictionaryTable((Table)newValue);
				return;
			case WarehousePackage.CONCEPT_SET__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WarehousePackage.CONCEPT_SET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WarehousePackage.CONCEPT_SET__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE:
				setDictionaryTable((Table)null);
				return;
			case WarehousePackage.CONCEPT_SET__CODES:
				getCodes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WarehousePackage.CONCEPT_SET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WarehousePackage.CONCEPT_SET__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case WarehousePackage.CONCEPT_SET__DICTIONARY_TABLE:
				return dictionaryTable != null;
			case WarehousePackage.CONCEPT_SET__CODES:
				return codes != null && !codes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", role: ");
		result.append(role);
		result.append(", codes: ");
		result.append(codes);
		result.append(')');
		return result.toString();
	}

} //ConceptSetImpl
