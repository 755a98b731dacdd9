/**
 */
package org.chartroom.cohort.impl;

import org.chartroom.cohort.AgeCriterion;
import org.chartroom.cohort.CohortPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Age Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.impl.AgeCriterionImpl#getMinYears <em>Min Years</em>}</li>
 *   <li>{@link org.chartroom.cohort.impl.AgeCriterionImpl#getMaxYears <em>Max Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgeCriterionImpl extends CriterionImpl implements AgeCriterion {
	/**
	 * The default value of the '{@link #getMinYears() <em>Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinYears()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_YEARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinYears() <em>Min Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinYears()
	 * @generated
	 * @ordered
	 */
	protected Integer minYears = MIN_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxYears() <em>Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxYears()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_YEARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxYears() <em>Max Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxYears()
	 * @generated
	 * @ordered
	 */
	protected Integer maxYears = MAX_YEARS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgeCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CohortPackage.Literals.AGE_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinYears() {
		return minYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinYears(Integer newMinYears) {
		Integer oldMinYears = minYears;
		minYears = newMinYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.AGE_CRITERION__MIN_YEARS, oldMinYears, minYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxYears() {
		return maxYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxYears(Integer newMaxYears) {
		Integer oldMaxYears = maxYears;
		maxYears = newMaxYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CohortPackage.AGE_CRITERION__MAX_YEARS, oldMaxYears, maxYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CohortPackage.AGE_CRITERION__MIN_YEARS:
				return getMinYears();
			case CohortPackage.AGE_CRITERION__MAX_YEARS:
				return getMaxYears();
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
			case CohortPackage.AGE_CRITERION__MIN_YEARS:
				setMinYears((Integer)newValue);
				return;
			case CohortPackage.AGE_CRITERION__MAX_YEARS:
				setMaxYears((Integer)newValue);
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
			case CohortPackage.AGE_CRITERION__MIN_YEARS:
				setMinYears(MIN_YEARS_EDEFAULT);
				return;
			case CohortPackage.AGE_CRITERION__MAX_YEARS:
				setMaxYears(MAX_YEARS_EDEFAULT);
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
			case CohortPackage.AGE_CRITERION__MIN_YEARS:
				return MIN_YEARS_EDEFAULT == null ? minYears != null : !MIN_YEARS_EDEFAULT.equals(minYears);
			case CohortPackage.AGE_CRITERION__MAX_YEARS:
				return MAX_YEARS_EDEFAULT == null ? maxYears != null : !MAX_YEARS_EDEFAULT.equals(maxYears);
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
		result.append(" (minYears: ");
		result.append(minYears);
		result.append(", maxYears: ");
		result.append(maxYears);
		result.append(')');
		return result.toString();
	}

} //AgeCriterionImpl
