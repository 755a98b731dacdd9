/**
 */
package org.chartroom.model.warehouse;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks the table that holds one row per patient.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.PatientSemantics#getIdColumn <em>Id Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.PatientSemantics#getSexColumn <em>Sex Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.PatientSemantics#getBirthDateColumn <em>Birth Date Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.PatientSemantics#getDeathDateColumn <em>Death Date Column</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getPatientSemantics()
 * @model
 * @generated
 */
public interface PatientSemantics extends TableSemantics {
	/**
	 * Returns the value of the '<em><b>Id Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that identifies the patient.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Column</em>' reference.
	 * @see #setIdColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getPatientSemantics_IdColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getIdColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.PatientSemantics#getIdColumn <em>Id Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Column</em>' reference.
	 * @see #getIdColumn()
	 * @generated
	 */
	void setIdColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Sex Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the patient's sex or gender, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex Column</em>' reference.
	 * @see #setSexColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getPatientSemantics_SexColumn()
	 * @model
	 * @generated
	 */
	Column getSexColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.PatientSemantics#getSexColumn <em>Sex Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex Column</em>' reference.
	 * @see #getSexColumn()
	 * @generated
	 */
	void setSexColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Birth Date Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the date of birth, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Date Column</em>' reference.
	 * @see #setBirthDateColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getPatientSemantics_BirthDateColumn()
	 * @model
	 * @generated
	 */
	Column getBirthDateColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.PatientSemantics#getBirthDateColumn <em>Birth Date Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date Column</em>' reference.
	 * @see #getBirthDateColumn()
	 * @generated
	 */
	void setBirthDateColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Death Date Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the date of death, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Death Date Column</em>' reference.
	 * @see #setDeathDateColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getPatientSemantics_DeathDateColumn()
	 * @model
	 * @generated
	 */
	Column getDeathDateColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.PatientSemantics#getDeathDateColumn <em>Death Date Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Death Date Column</em>' reference.
	 * @see #getDeathDateColumn()
	 * @generated
	 */
	void setDeathDateColumn(Column value);

} // PatientSemantics
