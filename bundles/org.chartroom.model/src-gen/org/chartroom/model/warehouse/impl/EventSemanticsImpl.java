/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.DictionaryRef;
import org.chartroom.model.warehouse.EventSemantics;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event Semantics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getPatientColumn <em>Patient Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getStayColumn <em>Stay Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getFallbackTimeColumn <em>Fallback Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getEndTimeColumn <em>End Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getConceptColumn <em>Concept Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getDictionary <em>Dictionary</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getNumericValueColumn <em>Numeric Value Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getTextValueColumn <em>Text Value Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.EventSemanticsImpl#getUnitColumn <em>Unit Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventSemanticsImpl extends TableSemanticsImpl implements EventSemantics {
	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

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
	 * The cached value of the '{@link #getStayColumn() <em>Stay Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayColumn()
	 * @generated
	 * @ordered
	 */
	protected Column stayColumn;

	/**
	 * The cached value of the '{@link #getTimeColumn() <em>Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected Column timeColumn;

	/**
	 * The cached value of the '{@link #getFallbackTimeColumn() <em>Fallback Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallbackTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected Column fallbackTimeColumn;

	/**
	 * The cached value of the '{@link #getEndTimeColumn() <em>End Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected Column endTimeColumn;

	/**
	 * The cached value of the '{@link #getConceptColumn() <em>Concept Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConceptColumn()
	 * @generated
	 * @ordered
	 */
	protected Column conceptColumn;

	/**
	 * The cached value of the '{@link #getDictionary() <em>Dictionary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionary()
	 * @generated
	 * @ordered
	 */
	protected DictionaryRef dictionary;

	/**
	 * The cached value of the '{@link #getNumericValueColumn() <em>Numeric Value Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumericValueColumn()
	 * @generated
	 * @ordered
	 */
	protected Column numericValueColumn;

	/**
	 * The cached value of the '{@link #getTextValueColumn() <em>Text Value Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextValueColumn()
	 * @generated
	 * @ordered
	 */
	protected Column textValueColumn;

	/**
	 * The cached value of the '{@link #getUnitColumn() <em>Unit Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitColumn()
	 * @generated
	 * @ordered
	 */
	protected Column unitColumn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventSemanticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.EVENT_SEMANTICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__DOMAIN, oldDomain, domain));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN, oldPatientColumn, patientColumn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN, oldPatientColumn, patientColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getStayColumn() {
		if (stayColumn != null && stayColumn.eIsProxy()) {
			InternalEObject oldStayColumn = (InternalEObject)stayColumn;
			stayColumn = (Column)eResolveProxy(oldStayColumn);
			if (stayColumn != oldStayColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN, oldStayColumn, stayColumn));
			}
		}
		return stayColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetStayColumn() {
		return stayColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStayColumn(Column newStayColumn) {
		Column oldStayColumn = stayColumn;
		stayColumn = newStayColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN, oldStayColumn, stayColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getTimeColumn() {
		if (timeColumn != null && timeColumn.eIsProxy()) {
			InternalEObject oldTimeColumn = (InternalEObject)timeColumn;
			timeColumn = (Column)eResolveProxy(oldTimeColumn);
			if (timeColumn != oldTimeColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN, oldTimeColumn, timeColumn));
			}
		}
		return timeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetTimeColumn() {
		return timeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeColumn(Column newTimeColumn) {
		Column oldTimeColumn = timeColumn;
		timeColumn = newTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN, oldTimeColumn, timeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getFallbackTimeColumn() {
		if (fallbackTimeColumn != null && fallbackTimeColumn.eIsProxy()) {
			InternalEObject oldFallbackTimeColumn = (InternalEObject)fallbackTimeColumn;
			fallbackTimeColumn = (Column)eResolveProxy(oldFallbackTimeColumn);
			if (fallbackTimeColumn != oldFallbackTimeColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN, oldFallbackTimeColumn, fallbackTimeColumn));
			}
		}
		return fallbackTimeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetFallbackTimeColumn() {
		return fallbackTimeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFallbackTimeColumn(Column newFallbackTimeColumn) {
		Column oldFallbackTimeColumn = fallbackTimeColumn;
		fallbackTimeColumn = newFallbackTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN, oldFallbackTimeColumn, fallbackTimeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getEndTimeColumn() {
		if (endTimeColumn != null && endTimeColumn.eIsProxy()) {
			InternalEObject oldEndTimeColumn = (InternalEObject)endTimeColumn;
			endTimeColumn = (Column)eResolveProxy(oldEndTimeColumn);
			if (endTimeColumn != oldEndTimeColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN, oldEndTimeColumn, endTimeColumn));
			}
		}
		return endTimeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetEndTimeColumn() {
		return endTimeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndTimeColumn(Column newEndTimeColumn) {
		Column oldEndTimeColumn = endTimeColumn;
		endTimeColumn = newEndTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN, oldEndTimeColumn, endTimeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getConceptColumn() {
		if (conceptColumn != null && conceptColumn.eIsProxy()) {
			InternalEObject oldConceptColumn = (InternalEObject)conceptColumn;
			conceptColumn = (Column)eResolveProxy(oldConceptColumn);
			if (conceptColumn != oldConceptColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN, oldConceptColumn, conceptColumn));
			}
		}
		return conceptColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetConceptColumn() {
		return conceptColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConceptColumn(Column newConceptColumn) {
		Column oldConceptColumn = conceptColumn;
		conceptColumn = newConceptColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN, oldConceptColumn, conceptColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DictionaryRef getDictionary() {
		return dictionary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDictionary(DictionaryRef newDictionary, NotificationChain msgs) {
		DictionaryRef oldDictionary = dictionary;
		dictionary = newDictionary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__DICTIONARY, oldDictionary, newDictionary);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDictionary(DictionaryRef newDictionary) {
		if (newDictionary != dictionary) {
			NotificationChain msgs = null;
			if (dictionary != null)
				msgs = ((InternalEObject)dictionary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WarehousePackage.EVENT_SEMANTICS__DICTIONARY, null, msgs);
			if (newDictionary != null)
				msgs = ((InternalEObject)newDictionary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WarehousePackage.EVENT_SEMANTICS__DICTIONARY, null, msgs);
			msgs = basicSetDictionary(newDictionary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__DICTIONARY, newDictionary, newDictionary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getNumericValueColumn() {
		if (numericValueColumn != null && numericValueColumn.eIsProxy()) {
			InternalEObject oldNumericValueColumn = (InternalEObject)numericValueColumn;
			numericValueColumn = (Column)eResolveProxy(oldNumericValueColumn);
			if (numericValueColumn != oldNumericValueColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN, oldNumericValueColumn, numericValueColumn));
			}
		}
		return numericValueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetNumericValueColumn() {
		return numericValueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumericValueColumn(Column newNumericValueColumn) {
		Column oldNumericValueColumn = numericValueColumn;
		numericValueColumn = newNumericValueColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN, oldNumericValueColumn, numericValueColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getTextValueColumn() {
		if (textValueColumn != null && textValueColumn.eIsProxy()) {
			InternalEObject oldTextValueColumn = (InternalEObject)textValueColumn;
			textValueColumn = (Column)eResolveProxy(oldTextValueColumn);
			if (textValueColumn != oldTextValueColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN, oldTextValueColumn, textValueColumn));
			}
		}
		return textValueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetTextValueColumn() {
		return textValueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextValueColumn(Column newTextValueColumn) {
		Column oldTextValueColumn = textValueColumn;
		textValueColumn = newTextValueColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN, oldTextValueColumn, textValueColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getUnitColumn() {
		if (unitColumn != null && unitColumn.eIsProxy()) {
			InternalEObject oldUnitColumn = (InternalEObject)unitColumn;
			unitColumn = (Column)eResolveProxy(oldUnitColumn);
			if (unitColumn != oldUnitColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN, oldUnitColumn, unitColumn));
			}
		}
		return unitColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetUnitColumn() {
		return unitColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitColumn(Column newUnitColumn) {
		Column oldUnitColumn = unitColumn;
		unitColumn = newUnitColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN, oldUnitColumn, unitColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WarehousePackage.EVENT_SEMANTICS__DICTIONARY:
				return basicSetDictionary(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.EVENT_SEMANTICS__DOMAIN:
				return getDomain();
			case WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN:
				if (resolve) return getPatientColumn();
				return basicGetPatientColumn();
			case WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN:
				if (resolve) return getStayColumn();
				return basicGetStayColumn();
			case WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN:
				if (resolve) return getTimeColumn();
				return basicGetTimeColumn();
			case WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN:
				if (resolve) return getFallbackTimeColumn();
				return basicGetFallbackTimeColumn();
			case WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN:
				if (resolve) return getEndTimeColumn();
				return basicGetEndTimeColumn();
			case WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN:
				if (resolve) return getConceptColumn();
				return basicGetConceptColumn();
			case WarehousePackage.EVENT_SEMANTICS__DICTIONARY:
				return getDictionary();
			case WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN:
				if (resolve) return getNumericValueColumn();
				return basicGetNumericValueColumn();
			case WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN:
				if (resolve) return getTextValueColumn();
				return basicGetTextValueColumn();
			case WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN:
				if (resolve) return getUnitColumn();
				return basicGetUnitColumn();
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
			case WarehousePackage.EVENT_SEMANTICS__DOMAIN:
				setDomain((String)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN:
				setPatientColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN:
				setStayColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN:
				setTimeColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN:
				setFallbackTimeColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN:
				setEndTimeColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN:
				setConceptColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__DICTIONARY:
				setDictionary((DictionaryRef)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN:
				setNumericValueColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN:
				setTextValueColumn((Column)newValue);
				return;
			case WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN:
				setUnitColumn((Column)newValue);
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
			case WarehousePackage.EVENT_SEMANTICS__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN:
				setPatientColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN:
				setStayColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN:
				setTimeColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN:
				setFallbackTimeColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN:
				setEndTimeColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN:
				setConceptColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__DICTIONARY:
				setDictionary((DictionaryRef)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN:
				setNumericValueColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN:
				setTextValueColumn((Column)null);
				return;
			case WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN:
				setUnitColumn((Column)null);
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
			case WarehousePackage.EVENT_SEMANTICS__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case WarehousePackage.EVENT_SEMANTICS__PATIENT_COLUMN:
				return patientColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__STAY_COLUMN:
				return stayColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__TIME_COLUMN:
				return timeColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__FALLBACK_TIME_COLUMN:
				return fallbackTimeColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__END_TIME_COLUMN:
				return endTimeColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__CONCEPT_COLUMN:
				return conceptColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__DICTIONARY:
				return dictionary != null;
			case WarehousePackage.EVENT_SEMANTICS__NUMERIC_VALUE_COLUMN:
				return numericValueColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__TEXT_VALUE_COLUMN:
				return textValueColumn != null;
			case WarehousePackage.EVENT_SEMANTICS__UNIT_COLUMN:
				return unitColumn != null;
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
		result.append(" (domain: ");
		result.append(domain);
		result.append(')');
		return result.toString();
	}

} //EventSemanticsImpl
