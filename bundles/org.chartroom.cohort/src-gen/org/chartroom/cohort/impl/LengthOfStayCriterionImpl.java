/**
 */
package org.chartroom.cohort.impl;

import org.chartroom.cohort.CohortPackage;
import org.chartroom.cohort.LengthOfStayCriterion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Length Of Stay Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.impl.LengthOfStayCriterionImpl#getMinDays <em>Min Days</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.LengthOfStayCriterionImpl#getMaxDays <em>Max Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LengthOfStayCriterionImpl extends CriterionImpl implements LengthOfStayCriterion {
	/**
	 * The default value of the '{@link #getMinDays() <em>Min Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDays()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinDays() <em>Min Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDays()
	 * @generated
	 * @ordered
	 */
	protected String minDays = MIN_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxDays() <em>Max Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDays()
	 * @generated
	 * @ordered
	 */
	protected static final String MAX_DAYS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxDays() <em>Max Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDays()
	 * @generated
	 * @ordered
	 */
	protected String maxDays = MAX_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LengthOfStayCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CohortPackage.Literals.LENGTH_OF_STAY_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinDays() {
		return minDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDays(String newMinDays) {
		String oldMinDays = minDays;
		minDays = newMinDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.LENGTH_OF_STAY_CRITERION__MIN_DAYS, oldMinDays, minDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaxDays() {
		return maxDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxDays(String newMaxDays) {
		String oldMaxDays = maxDays;
		maxDays = newMaxDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.LENGTH_OF_STAY_CRITERION__MAX_DAYS, oldMaxDays, maxDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MIN_DAYS:
				return getMinDays();
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MAX_DAYS:
				return getMaxDays();
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
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MIN_DAYS:
				setMinDays((String)newValue);
				return;
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MAX_DAYS:
				setMaxDays((String)newValue);
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
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MIN_DAYS:
				setMinDays(MIN_DAYS_EDEFAULT);
				return;
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MAX_DAYS:
				setMaxDays(MAX_DAYS_EDEFAULT);
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
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MIN_DAYS:
				return MIN_DAYS_EDEFAULT == null ? minDays != null : !MIN_DAYS_EDEFAULT.equals(minDays);
			case CohortPackage.LENGTH_OF_STAY_CRITERION__MAX_DAYS:
				return MAX_DAYS_EDEFAULT == null ? maxDays != null : !MAX_DAYS_EDEFAULT.equals(maxDays);
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
		result.append(" (minDays: ");
		result.append(minDays);
		result.append(", maxDays: ");
		result.append(maxDays);
		result.append(')');
		return result.toString();
	}

} //LengthOfStayCriterionImpl
