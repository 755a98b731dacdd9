/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.PatientSemantics;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient Semantics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl#getIdColumn <em>Id Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl#getSexColumn <em>Sex Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl#getBirthDateColumn <em>Birth Date Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.PatientSemanticsImpl#getDeathDateColumn <em>Death Date Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientSemanticsImpl extends TableSemanticsImpl implements PatientSemantics {
	/**
	 * The cached value of the '{@link #getIdColumn() <em>Id Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdColumn()
	 * @generated
	 * @ordered
	 */
	protected Column idColumn;

	/**
	 * The cached value of the '{@link #getSexColumn() <em>Sex Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSexColumn()
	 * @generated
	 * @ordered
	 */
	protected Column sexColumn;

	/**
	 * The cached value of the '{@link #getBirthDateColumn() <em>Birth Date Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDateColumn()
	 * @generated
	 * @ordered
	 */
	protected Column birthDateColumn;

	/**
	 * The cached value of the '{@link #getDeathDateColumn() <em>Death Date Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeathDateColumn()
	 * @generated
	 * @ordered
	 */
	protected Column deathDateColumn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientSemanticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.PATIENT_SEMANTICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getIdColumn() {
		if (idColumn != null && idColumn.eIsProxy()) {
			InternalEObject oldIdColumn = (InternalEObject)idColumn;
			idColumn = (Column)eResolveProxy(oldIdColumn);
			if (idColumn != oldIdColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN, oldIdColumn, idColumn));
			}
		}
		return idColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetIdColumn() {
		return idColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdColumn(Column newIdColumn) {
		Column oldIdColumn = idColumn;
		idColumn = newIdColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN, oldIdColumn, idColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getSexColumn() {
		if (sexColumn != null && sexColumn.eIsProxy()) {
			InternalEObject oldSexColumn = (InternalEObject)sexColumn;
			sexColumn = (Column)eResolveProxy(oldSexColumn);
			if (sexColumn != oldSexColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN, oldSexColumn, sexColumn));
			}
		}
		return sexColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetSexColumn() {
		return sexColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSexColumn(Column newSexColumn) {
		Column oldSexColumn = sexColumn;
		sexColumn = newSexColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN, oldSexColumn, sexColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getBirthDateColumn() {
		if (birthDateColumn != null && birthDateColumn.eIsProxy()) {
			InternalEObject oldBirthDateColumn = (InternalEObject)birthDateColumn;
			birthDateColumn = (Column)eResolveProxy(oldBirthDateColumn);
			if (birthDateColumn != oldBirthDateColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN, oldBirthDateColumn, birthDateColumn));
			}
		}
		return birthDateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetBirthDateColumn() {
		return birthDateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDateColumn(Column newBirthDateColumn) {
		Column oldBirthDateColumn = birthDateColumn;
		birthDateColumn = newBirthDateColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN, oldBirthDateColumn, birthDateColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getDeathDateColumn() {
		if (deathDateColumn != null && deathDateColumn.eIsProxy()) {
			InternalEObject oldDeathDateColumn = (InternalEObject)deathDateColumn;
			deathDateColumn = (Column)eResolveProxy(oldDeathDateColumn);
			if (deathDateColumn != oldDeathDateColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN, oldDeathDateColumn, deathDateColumn));
			}
		}
		return deathDateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetDeathDateColumn() {
		return deathDateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeathDateColumn(Column newDeathDateColumn) {
		Column oldDeathDateColumn = deathDateColumn;
		deathDateColumn = newDeathDateColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN, oldDeathDateColumn, deathDateColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN:
				if (resolve) return getIdColumn();
				return basicGetIdColumn();
			case WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN:
				if (resolve) return getSexColumn();
				return basicGetSexColumn();
			case WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN:
				if (resolve) return getBirthDateColumn();
				return basicGetBirthDateColumn();
			case WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN:
				if (resolve) return getDeathDateColumn();
				return basicGetDeathDateColumn();
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
			case WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN:
				setIdColumn((Column)newValue);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN:
				setSexColumn((Column)newValue);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN:
				setBirthDateColumn((Column)newValue);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN:
				setDeathDateColumn((Column)newValue);
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
			case WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN:
				setIdColumn((Column)null);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN:
				setSexColumn((Column)null);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN:
				setBirthDateColumn((Column)null);
				return;
			case WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN:
				setDeathDateColumn((Column)null);
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
			case WarehousePackage.PATIENT_SEMANTICS__ID_COLUMN:
				return idColumn != null;
			case WarehousePackage.PATIENT_SEMANTICS__SEX_COLUMN:
				return sexColumn != null;
			case WarehousePackage.PATIENT_SEMANTICS__BIRTH_DATE_COLUMN:
				return birthDateColumn != null;
			case WarehousePackage.PATIENT_SEMANTICS__DEATH_DATE_COLUMN:
				return deathDateColumn != null;
		}
		return super.eIsSet(featureID);
	}

} //PatientSemanticsImpl
