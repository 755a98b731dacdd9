/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.StaySemantics;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stay Semantics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getIdColumn <em>Id Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getPatientColumn <em>Patient Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getStartColumn <em>Start Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getEndColumn <em>End Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getParentStayColumn <em>Parent Stay Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.StaySemanticsImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaySemanticsImpl extends TableSemanticsImpl implements StaySemantics {
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
	 * The cached value of the '{@link #getPatientColumn() <em>Patient Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientColumn()
	 * @generated
	 * @ordered
	 */
	protected Column patientColumn;

	/**
	 * The cached value of the '{@link #getStartColumn() <em>Start Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartColumn()
	 * @generated
	 * @ordered
	 */
	protected Column startColumn;

	/**
	 * The cached value of the '{@link #getEndColumn() <em>End Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndColumn()
	 * @generated
	 * @ordered
	 */
	protected Column endColumn;

	/**
	 * The cached value of the '{@link #getParentStayColumn() <em>Parent Stay Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentStayColumn()
	 * @generated
	 * @ordered
	 */
	protected Column parentStayColumn;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaySemanticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.STAY_SEMANTICS;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.STAY_SEMANTICS__ID_COLUMN, oldIdColumn, idColumn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__ID_COLUMN, oldIdColumn, idColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getPatientColumn() {
		if (patientColumn != null && patientColumn.eIsProxy()) {
			InternalEObject oldPatientColumn = (InternalEObject)patientColumn;
			patientColumn = (Column)eResolveProxy(oldPatientColumn);
			if (patientColumn != oldPatientColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN, oldPatientColumn, patientColumn));
			}
		}
		return patientColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetPatientColumn() {
		return patientColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientColumn(Column newPatientColumn) {
		Column oldPatientColumn = patientColumn;
		patientColumn = newPatientColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN, oldPatientColumn, patientColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getStartColumn() {
		if (startColumn != null && startColumn.eIsProxy()) {
			InternalEObject oldStartColumn = (InternalEObject)startColumn;
			startColumn = (Column)eResolveProxy(oldStartColumn);
			if (startColumn != oldStartColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.STAY_SEMANTICS__START_COLUMN, oldStartColumn, startColumn));
			}
		}
		return startColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetStartColumn() {
		return startColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartColumn(Column newStartColumn) {
		Column oldStartColumn = startColumn;
		startColumn = newStartColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__START_COLUMN, oldStartColumn, startColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getEndColumn() {
		if (endColumn != null && endColumn.eIsProxy()) {
			InternalEObject oldEndColumn = (InternalEObject)endColumn;
			endColumn = (Column)eResolveProxy(oldEndColumn);
			if (endColumn != oldEndColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.STAY_SEMANTICS__END_COLUMN, oldEndColumn, endColumn));
			}
		}
		return endColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetEndColumn() {
		return endColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndColumn(Column newEndColumn) {
		Column oldEndColumn = endColumn;
		endColumn = newEndColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__END_COLUMN, oldEndColumn, endColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getParentStayColumn() {
		if (parentStayColumn != null && parentStayColumn.eIsProxy()) {
			InternalEObject oldParentStayColumn = (InternalEObject)parentStayColumn;
			parentStayColumn = (Column)eResolveProxy(oldParentStayColumn);
			if (parentStayColumn != oldParentStayColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN, oldParentStayColumn, parentStayColumn));
			}
		}
		return parentStayColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetParentStayColumn() {
		return parentStayColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentStayColumn(Column newParentStayColumn) {
		Column oldParentStayColumn = parentStayColumn;
		parentStayColumn = newParentStayColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN, oldParentStayColumn, parentStayColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.STAY_SEMANTICS__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.STAY_SEMANTICS__ID_COLUMN:
				if (resolve) return getIdColumn();
				return basicGetIdColumn();
			case WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN:
				if (resolve) return getPatientColumn();
				return basicGetPatientColumn();
			case WarehousePackage.STAY_SEMANTICS__START_COLUMN:
				if (resolve) return getStartColumn();
				return basicGetStartColumn();
			case WarehousePackage.STAY_SEMANTICS__END_COLUMN:
				if (resolve) return getEndColumn();
				return basicGetEndColumn();
			case WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN:
				if (resolve) return getParentStayColumn();
				return basicGetParentStayColumn();
			case WarehousePackage.STAY_SEMANTICS__LEVEL:
				return getLevel();
			case WarehousePackage.STAY_SEMANTICS__LABEL:
				return getLabel();
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
			case WarehousePackage.STAY_SEMANTICS__ID_COLUMN:
				setIdColumn((Column)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN:
				setPatientColumn((Column)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__START_COLUMN:
				setStartColumn((Column)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__END_COLUMN:
				setEndColumn((Column)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN:
				setParentStayColumn((Column)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__LEVEL:
				setLevel((String)newValue);
				return;
			case WarehousePackage.STAY_SEMANTICS__LABEL:
				setLabel((String)newValue);
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
			case WarehousePackage.STAY_SEMANTICS__ID_COLUMN:
				setIdColumn((Column)null);
				return;
			case WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN:
				setPatientColumn((Column)null);
				return;
			case WarehousePackage.STAY_SEMANTICS__START_COLUMN:
				setStartColumn((Column)null);
				return;
			case WarehousePackage.STAY_SEMANTICS__END_COLUMN:
				setEndColumn((Column)null);
				return;
			case WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN:
				setParentStayColumn((Column)null);
				return;
			case WarehousePackage.STAY_SEMANTICS__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case WarehousePackage.STAY_SEMANTICS__LABEL:
				setLabel(LABEL_EDEFAULT);
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
			case WarehousePackage.STAY_SEMANTICS__ID_COLUMN:
				return idColumn != null;
			case WarehousePackage.STAY_SEMANTICS__PATIENT_COLUMN:
				return patientColumn != null;
			case WarehousePackage.STAY_SEMANTICS__START_COLUMN:
				return startColumn != null;
			case WarehousePackage.STAY_SEMANTICS__END_COLUMN:
				return endColumn != null;
			case WarehousePackage.STAY_SEMANTICS__PARENT_STAY_COLUMN:
				return parentStayColumn != null;
			case WarehousePackage.STAY_SEMANTICS__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case WarehousePackage.STAY_SEMANTICS__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //StaySemanticsImpl
