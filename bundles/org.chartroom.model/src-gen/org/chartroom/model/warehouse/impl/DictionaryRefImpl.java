/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dictionary Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionaryRefImpl#getDictionaryTable <em>Dictionary Table</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionaryRefImpl#getKeyColumn <em>Key Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionaryRefImpl#getLabelColumn <em>Label Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DictionaryRefImpl extends MinimalEObjectImpl.Container implements DictionaryRef {
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
	 * The cached value of the '{@link #getKeyColumn() <em>Key Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyColumn()
	 * @generated
	 * @ordered
	 */
	protected Column keyColumn;

	/**
	 * The cached value of the '{@link #getLabelColumn() <em>Label Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColumn()
	 * @generated
	 * @ordered
	 */
	protected Column labelColumn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DictionaryRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.DICTIONARY_REF;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE, oldDictionaryTable, dictionaryTable));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE, oldDictionaryTable, dictionaryTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getKeyColumn() {
		if (keyColumn != null && keyColumn.eIsProxy()) {
			InternalEObject oldKeyColumn = (InternalEObject)keyColumn;
			keyColumn = (Column)eResolveProxy(oldKeyColumn);
			if (keyColumn != oldKeyColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_REF__KEY_COLUMN, oldKeyColumn, keyColumn));
			}
		}
		return keyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetKeyColumn() {
		return keyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyColumn(Column newKeyColumn) {
		Column oldKeyColumn = keyColumn;
		keyColumn = newKeyColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_REF__KEY_COLUMN, oldKeyColumn, keyColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getLabelColumn() {
		if (labelColumn != null && labelColumn.eIsProxy()) {
			InternalEObject oldLabelColumn = (InternalEObject)labelColumn;
			labelColumn = (Column)eResolveProxy(oldLabelColumn);
			if (labelColumn != oldLabelColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_REF__LABEL_COLUMN, oldLabelColumn, labelColumn));
			}
		}
		return labelColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetLabelColumn() {
		return labelColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColumn(Column newLabelColumn) {
		Column oldLabelColumn = labelColumn;
		labelColumn = newLabelColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_REF__LABEL_COLUMN, oldLabelColumn, labelColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE:
				if (resolve) return getDictionaryTable();
				return basicGetDictionaryTable();
			case WarehousePackage.DICTIONARY_REF__KEY_COLUMN:
				if (resolve) return getKeyColumn();
				return basicGetKeyColumn();
			case WarehousePackage.DICTIONARY_REF__LABEL_COLUMN:
				if (resolve) return getLabelColumn();
				return basicGetLabelColumn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE:
				setDictionaryTable((Table)newValue);
				return;
			case WarehousePackage.DICTIONARY_REF__KEY_COLUMN:
				setKeyColumn((Column)newValue);
				return;
			case WarehousePackage.DICTIONARY_REF__LABEL_COLUMN:
				setLabelColumn((Column)newValue);
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
			case WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE:
				setDictionaryTable((Table)null);
				return;
			case WarehousePackage.DICTIONARY_REF__KEY_COLUMN:
				setKeyColumn((Column)null);
				return;
			case WarehousePackage.DICTIONARY_REF__LABEL_COLUMN:
				setLabelColumn((Column)null);
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
			case WarehousePackage.DICTIONARY_REF__DICTIONARY_TABLE:
				return dictionaryTable != null;
			case WarehousePackage.DICTIONARY_REF__KEY_COLUMN:
				return keyColumn != null;
			case WarehousePackage.DICTIONARY_REF__LABEL_COLUMN:
				return labelColumn != null;
		}
		return super.eIsSet(featureID);
	}

} //DictionaryRefImpl
