/**
 */
package org.chartroom.cohort;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concept Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * At least one event of an event table with one of the codes in its concept column, optionally within a window relative to the entry's start, within the entry's stay, and with a numeric value in a range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getTable <em>Table</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#isCodePrefix <em>Code Prefix</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#isSameStay <em>Same Stay</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getWindowStartHours <em>Window Start Hours</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getWindowEndHours <em>Window End Hours</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getMinValue <em>Min Value</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#isMinExclusive <em>Min Exclusive</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#getMaxValue <em>Max Value</em>}</li>
 *   <li>{@link org.chartroom.cohort.ConceptCriterion#isMaxExclusive <em>Max Exclusive</em>}</li>
 * </ul>
 *
 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion()
 * @model
 * @generated
 */
public interface ConceptCriterion extends Criterion {
	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The event table, as the dataset's model names it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_Table()
	 * @model required="true"
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the concept column (keys of its dictionary); numbers when the column is numeric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codes</em>' attribute list.
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_Codes()
	 * @model
	 * @generated
	 */
	EList<String> getCodes();

	/**
	 * Returns the value of the '<em><b>Code Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The codes are prefixes ("4280" matches 4280 and 42800); only for text code columns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Prefix</em>' attribute.
	 * @see #setCodePrefix(boolean)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_CodePrefix()
	 * @model
	 * @generated
	 */
	boolean isCodePrefix();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#isCodePrefix <em>Code Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Prefix</em>' attribute.
	 * @see #isCodePrefix()
	 * @generated
	 */
	void setCodePrefix(boolean value);

	/**
	 * Returns the value of the '<em><b>Same Stay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The event belongs to the entry's stay (or the stay around it); otherwise any event of the patient counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Same Stay</em>' attribute.
	 * @see #setSameStay(boolean)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_SameStay()
	 * @model
	 * @generated
	 */
	boolean isSameStay();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#isSameStay <em>Same Stay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Same Stay</em>' attribute.
	 * @see #isSameStay()
	 * @generated
	 */
	void setSameStay(boolean value);

	/**
	 * Returns the value of the '<em><b>Window Start Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earliest event time, in hours after the entry's start (negative: before); absent: no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Start Hours</em>' attribute.
	 * @see #setWindowStartHours(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_WindowStartHours()
	 * @model
	 * @generated
	 */
	Integer getWindowStartHours();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#getWindowStartHours <em>Window Start Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Start Hours</em>' attribute.
	 * @see #getWindowStartHours()
	 * @generated
	 */
	void setWindowStartHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Window End Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest event time, in hours after the entry's start; absent: no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window End Hours</em>' attribute.
	 * @see #setWindowEndHours(Integer)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_WindowEndHours()
	 * @model
	 * @generated
	 */
	Integer getWindowEndHours();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#getWindowEndHours <em>Window End Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window End Hours</em>' attribute.
	 * @see #getWindowEndHours()
	 * @generated
	 */
	void setWindowEndHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Min Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest numeric value, decimal text checked before anything runs; inclusive unless minExclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Value</em>' attribute.
	 * @see #setMinValue(String)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_MinValue()
	 * @model
	 * @generated
	 */
	String getMinValue();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#getMinValue <em>Min Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Value</em>' attribute.
	 * @see #getMinValue()
	 * @generated
	 */
	void setMinValue(String value);

	/**
	 * Returns the value of the '<em><b>Min Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Exclusive</em>' attribute.
	 * @see #setMinExclusive(boolean)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_MinExclusive()
	 * @model
	 * @generated
	 */
	boolean isMinExclusive();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#isMinExclusive <em>Min Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Exclusive</em>' attribute.
	 * @see #isMinExclusive()
	 * @generated
	 */
	void setMinExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest numeric value, decimal text checked before anything runs; inclusive unless maxExclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Value</em>' attribute.
	 * @see #setMaxValue(String)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_MaxValue()
	 * @model
	 * @generated
	 */
	String getMaxValue();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#getMaxValue <em>Max Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Value</em>' attribute.
	 * @see #getMaxValue()
	 * @generated
	 */
	void setMaxValue(String value);

	/**
	 * Returns the value of the '<em><b>Max Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Exclusive</em>' attribute.
	 * @see #setMaxExclusive(boolean)
	 * @see org.chartroom.cohort.CohortPackage#getConceptCriterion_MaxExclusive()
	 * @model
	 * @generated
	 */
	boolean isMaxExclusive();

	/**
	 * Sets the value of the '{@link org.chartroom.cohort.ConceptCriterion#isMaxExclusive <em>Max Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Exclusive</em>' attribute.
	 * @see #isMaxExclusive()
	 * @generated
	 */
	void setMaxExclusive(boolean value);

} // ConceptCriterion
