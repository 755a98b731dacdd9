/**
 */
package org.chartroom.cohort.impl;

import java.util.Collection;

import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.ConceptCriterion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concept Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getTable <em>Table</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#isCodePrefix <em>Code Prefix</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#isSameStay <em>Same Stay</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getWindowStartHours <em>Window Start Hours</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getWindowEndHours <em>Window End Hours</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getMinValue <em>Min Value</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#isMinExclusive <em>Min Exclusive</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#getMaxValue <em>Max Value</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.ConceptCriterionImpl#isMaxExclusive <em>Max Exclusive</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConceptCriterionImpl extends CriterionImpl implements ConceptCriterion {
	/**
	 * The default value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected String table = TABLE_EDEFAULT;

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
	 * The default value of the '{@link #isCodePrefix() <em>Code Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodePrefix()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CODE_PREFIX_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCodePrefix() <em>Code Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCodePrefix()
	 * @generated
	 * @ordered
	 */
	protected boolean codePrefix = CODE_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #isSameStay() <em>Same Stay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSameStay()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAME_STAY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSameStay() <em>Same Stay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSameStay()
	 * @generated
	 * @ordered
	 */
	protected boolean sameStay = SAME_STAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowStartHours() <em>Window Start Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStartHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WINDOW_START_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowStartHours() <em>Window Start Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStartHours()
	 * @generated
	 * @ordered
	 */
	protected Integer windowStartHours = WINDOW_START_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowEndHours() <em>Window End Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEndHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WINDOW_END_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowEndHours() <em>Window End Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEndHours()
	 * @generated
	 * @ordered
	 */
	protected Integer windowEndHours = WINDOW_END_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinValue() <em>Min Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinValue()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinValue() <em>Min Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinValue()
	 * @generated
	 * @ordered
	 */
	protected String minValue = MIN_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMinExclusive() <em>Min Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMinExclusive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MIN_EXCLUSIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMinExclusive() <em>Min Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMinExclusive()
	 * @generated
	 * @ordered
	 */
	protected boolean minExclusive = MIN_EXCLUSIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxValue() <em>Max Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxValue()
	 * @generated
	 * @ordered
	 */
	protected static final String MAX_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxValue() <em>Max Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxValue()
	 * @generated
	 * @ordered
	 */
	protected String maxValue = MAX_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMaxExclusive() <em>Max Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaxExclusive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAX_EXCLUSIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMaxExclusive() <em>Max Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaxExclusive()
	 * @generated
	 * @ordered
	 */
	protected boolean maxExclusive = MAX_EXCLUSIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConceptCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CohortPackage.Literals.CONCEPT_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTable() {
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTable(String newTable) {
		String oldTable = table;
		table = newTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCodes() {
		if (codes == null) {
			codes = new EDataTypeUniqueEList<String>(String.class, this, CohortPackage.CONCEPT_CRITERION__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCodePrefix() {
		return codePrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodePrefix(boolean newCodePrefix) {
		boolean oldCodePrefix = codePrefix;
		codePrefix = newCodePrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__CODE_PREFIX, oldCodePrefix, codePrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSameStay() {
		return sameStay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSameStay(boolean newSameStay) {
		boolean oldSameStay = sameStay;
		sameStay = newSameStay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__SAME_STAY, oldSameStay, sameStay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWindowStartHours() {
		return windowStartHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowStartHours(Integer newWindowStartHours) {
		Integer oldWindowStartHours = windowStartHours;
		windowStartHours = newWindowStartHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__WINDOW_START_HOURS, oldWindowStartHours, windowStartHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWindowEndHours() {
		return windowEndHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowEndHours(Integer newWindowEndHours) {
		Integer oldWindowEndHours = windowEndHours;
		windowEndHours = newWindowEndHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__WINDOW_END_HOURS, oldWindowEndHours, windowEndHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinValue() {
		return minValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinValue(String newMinValue) {
		String oldMinValue = minValue;
		minValue = newMinValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__MIN_VALUE, oldMinValue, minValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMinExclusive() {
		return minExclusive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinExclusive(boolean newMinExclusive) {
		boolean oldMinExclusive = minExclusive;
		minExclusive = newMinExclusive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__MIN_EXCLUSIVE, oldMinExclusive, minExclusive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaxValue() {
		return maxValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxValue(String newMaxValue) {
		String oldMaxValue = maxValue;
		maxValue = newMaxValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__MAX_VALUE, oldMaxValue, maxValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMaxExclusive() {
		return maxExclusive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxExclusive(boolean newMaxExclusive) {
		boolean oldMaxExclusive = maxExclusive;
		maxExclusive = newMaxExclusive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.CONCEPT_CRITERION__MAX_EXCLUSIVE, oldMaxExclusive, maxExclusive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CohortPackage.CONCEPT_CRITERION__TABLE:
				return getTable();
			case CohortPackage.CONCEPT_CRITERION__CODES:
				return getCodes();
			case CohortPackage.CONCEPT_CRITERION__CODE_PREFIX:
				return isCodePrefix();
			case CohortPackage.CONCEPT_CRITERION__SAME_STAY:
				return isSameStay();
			case CohortPackage.CONCEPT_CRITERION__WINDOW_START_HOURS:
				return getWindowStartHours();
			case CohortPackage.CONCEPT_CRITERION__WINDOW_END_HOURS:
				return getWindowEndHours();
			case CohortPackage.CONCEPT_CRITERION__MIN_VALUE:
				return getMinValue();
			case CohortPackage.CONCEPT_CRITERION__MIN_EXCLUSIVE:
				return isMinExclusive();
			case CohortPackage.CONCEPT_CRITERION__MAX_VALUE:
				return getMaxValue();
			case CohortPackage.CONCEPT_CRITERION__MAX_EXCLUSIVE:
				return isMaxExclusive();
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
			case CohortPackage.CONCEPT_CRITERION__TABLE:
				setTable((String)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends String>)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__CODE_PREFIX:
				setCodePrefix((Boolean)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__SAME_STAY:
				setSameStay((Boolean)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__WINDOW_START_HOURS:
				setWindowStartHours((Integer)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__WINDOW_END_HOURS:
				setWindowEndHours((Integer)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__MIN_VALUE:
				setMinValue((String)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__MIN_EXCLUSIVE:
				setMinExclusive((Boolean)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__MAX_VALUE:
				setMaxValue((String)newValue);
				return;
			case CohortPackage.CONCEPT_CRITERION__MAX_EXCLUSIVE:
				setMaxExclusive((Boolean)newValue);
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
			case CohortPackage.CONCEPT_CRITERION__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__CODES:
				getCodes().clear();
				return;
			case CohortPackage.CONCEPT_CRITERION__CODE_PREFIX:
				setCodePrefix(CODE_PREFIX_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__SAME_STAY:
				setSameStay(SAME_STAY_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__WINDOW_START_HOURS:
				setWindowStartHours(WINDOW_START_HOURS_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__WINDOW_END_HOURS:
				setWindowEndHours(WINDOW_END_HOURS_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__MIN_VALUE:
				setMinValue(MIN_VALUE_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__MIN_EXCLUSIVE:
				setMinExclusive(MIN_EXCLUSIVE_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__MAX_VALUE:
				setMaxValue(MAX_VALUE_EDEFAULT);
				return;
			case CohortPackage.CONCEPT_CRITERION__MAX_EXCLUSIVE:
				setMaxExclusive(MAX_EXCLUSIVE_EDEFAULT);
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
			case CohortPackage.CONCEPT_CRITERION__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case CohortPackage.CONCEPT_CRITERION__CODES:
				return codes != null && !codes.isEmpty();
			case CohortPackage.CONCEPT_CRITERION__CODE_PREFIX:
				return codePrefix != CODE_PREFIX_EDEFAULT;
			case CohortPackage.CONCEPT_CRITERION__SAME_STAY:
				return sameStay != SAME_STAY_EDEFAULT;
			case CohortPackage.CONCEPT_CRITERION__WINDOW_START_HOURS:
				return WINDOW_START_HOURS_EDEFAULT == null ? windowStartHours != null : !WINDOW_START_HOURS_EDEFAULT.equals(windowStartHours);
			case CohortPackage.CONCEPT_CRITERION__WINDOW_END_HOURS:
				return WINDOW_END_HOURS_EDEFAULT == null ? windowEndHours != null : !WINDOW_END_HOURS_EDEFAULT.equals(windowEndHours);
			case CohortPackage.CONCEPT_CRITERION__MIN_VALUE:
				return MIN_VALUE_EDEFAULT == null ? minValue != null : !MIN_VALUE_EDEFAULT.equals(minValue);
			case CohortPackage.CONCEPT_CRITERION__MIN_EXCLUSIVE:
				return minExclusive != MIN_EXCLUSIVE_EDEFAULT;
			case CohortPackage.CONCEPT_CRITERION__MAX_VALUE:
				return MAX_VALUE_EDEFAULT == null ? maxValue != null : !MAX_VALUE_EDEFAULT.equals(maxValue);
			case CohortPackage.CONCEPT_CRITERION__MAX_EXCLUSIVE:
				return maxExclusive != MAX_EXCLUSIVE_EDEFAULT;
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
		result.append(" (table: ");
		result.append(table);
		result.append(", codes: ");
		result.append(codes);
		result.append(", codePrefix: ");
		result.append(codePrefix);
		result.append(", sameStay: ");
		result.append(sameStay);
		result.append(", windowStartHours: ");
		result.append(windowStartHours);
		result.append(", windowEndHours: ");
		result.append(windowEndHours);
		result.append(", minValue: ");
		result.append(minValue);
		result.append(", minExclusive: ");
		result.append(minExclusive);
		result.append(", maxValue: ");
		result.append(maxValue);
		result.append(", maxExclusive: ");
		result.append(maxExclusive);
		result.append(')');
		return result.toString();
	}

} //ConceptCriterionImpl
