/**
 */
package org.chartroom.cohort.impl;

import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.DeathCriterion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Death Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.impl.DeathCriterionImpl#getWindowStartDays <em>Window Start Days</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.DeathCriterionImpl#getWindowEndDays <em>Window End Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeathCriterionImpl extends CriterionImpl implements DeathCriterion {
	/**
	 * The default value of the '{@link #getWindowStartDays() <em>Window Start Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStartDays()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WINDOW_START_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowStartDays() <em>Window Start Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStartDays()
	 * @generated
	 * @ordered
	 */
	protected Integer windowStartDays = WINDOW_START_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowEndDays() <em>Window End Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEndDays()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WINDOW_END_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowEndDays() <em>Window End Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEndDays()
	 * @generated
	 * @ordered
	 */
	protected Integer windowEndDays = WINDOW_END_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeathCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CohortPackage.Literals.DEATH_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWindowStartDays() {
		return windowStartDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowStartDays(Integer newWindowStartDays) {
		Integer oldWindowStartDays = windowStartDays;
		windowStartDays = newWindowStartDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.DEATH_CRITERION__WINDOW_START_DAYS, oldWindowStartDays, windowStartDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWindowEndDays() {
		return windowEndDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowEndDays(Integer newWindowEndDays) {
		Integer oldWindowEndDays = windowEndDays;
		windowEndDays = newWindowEndDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.DEATH_CRITERION__WINDOW_END_DAYS, oldWindowEndDays, windowEndDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CohortPackage.DEATH_CRITERION__WINDOW_START_DAYS:
				return getWindowStartDays();
			case CohortPackage.DEATH_CRITERION__WINDOW_END_DAYS:
				return getWindowEndDays();
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
			case CohortPackage.DEATH_CRITERION__WINDOW_START_DAYS:
				setWindowStartDays((Integer)newValue);
				return;
			case CohortPackage.DEATH_CRITERION__WINDOW_END_DAYS:
				setWindowEndDays((Integer)newValue);
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
			case CohortPackage.DEATH_CRITERION__WINDOW_START_DAYS:
				setWindowStartDays(WINDOW_START_DAYS_EDEFAULT);
				return;
			case CohortPackage.DEATH_CRITERION__WINDOW_END_DAYS:
				setWindowEndDays(WINDOW_END_DAYS_EDEFAULT);
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
			case CohortPackage.DEATH_CRITERION__WINDOW_START_DAYS:
				return WINDOW_START_DAYS_EDEFAULT == null ? windowStartDays != null : !WINDOW_START_DAYS_EDEFAULT.equals(windowStartDays);
			case CohortPackage.DEATH_CRITERION__WINDOW_END_DAYS:
				return WINDOW_END_DAYS_EDEFAULT == null ? windowEndDays != null : !WINDOW_END_DAYS_EDEFAULT.equals(windowEndDays);
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
		result.append(" (windowStartDays: ");
		result.append(windowStartDays);
		result.append(", windowEndDays: ");
		result.append(windowEndDays);
		result.append(')');
		return result.toString();
	}

} //DeathCriterionImpl
