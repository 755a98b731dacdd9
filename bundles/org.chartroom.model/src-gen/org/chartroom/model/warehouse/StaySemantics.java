/**
 */
package org.chartroom.model.warehouse;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stay Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks a table that holds one row per stay of a patient, such as a hospital admission, an ICU stay or a visit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getIdColumn <em>Id Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getPatientColumn <em>Patient Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getStartColumn <em>Start Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getEndColumn <em>End Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getParentStayColumn <em>Parent Stay Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getLevel <em>Level</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.StaySemantics#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics()
 * @model
 * @generated
 */
public interface StaySemantics extends TableSemantics {
	/**
	 * Returns the value of the '<em><b>Id Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that identifies the stay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Column</em>' reference.
	 * @see #setIdColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_IdColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getIdColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getIdColumn <em>Id Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Column</em>' reference.
	 * @see #getIdColumn()
	 * @generated
	 */
	void setIdColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Patient Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the id of the patient the stay belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Column</em>' reference.
	 * @see #setPatientColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_PatientColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getPatientColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getPatientColumn <em>Patient Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Column</em>' reference.
	 * @see #getPatientColumn()
	 * @generated
	 */
	void setPatientColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Start Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the time the stay began.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Column</em>' reference.
	 * @see #setStartColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_StartColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getStartColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getStartColumn <em>Start Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Column</em>' reference.
	 * @see #getStartColumn()
	 * @generated
	 */
	void setStartColumn(Column value);

	/**
	 * Returns the value of the '<em><b>End Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the time the stay ended, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Column</em>' reference.
	 * @see #setEndColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_EndColumn()
	 * @model
	 * @generated
	 */
	Column getEndColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getEndColumn <em>End Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Column</em>' reference.
	 * @see #getEndColumn()
	 * @generated
	 */
	void setEndColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Parent Stay Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the id of the larger stay this one is part of, such as the hospital admission around an ICU stay; empty for top-level stays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Stay Column</em>' reference.
	 * @see #setParentStayColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_ParentStayColumn()
	 * @model
	 * @generated
	 */
	Column getParentStayColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getParentStayColumn <em>Parent Stay Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Stay Column</em>' reference.
	 * @see #getParentStayColumn()
	 * @generated
	 */
	void setParentStayColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of stay the rows are, for example "admission", "icu" or "visit".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for people of what the rows are, in the plural, for example "Admissions", "ICU stays" or "Visits"; tools fall back to the table name when it is not given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getStaySemantics_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.StaySemantics#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // StaySemantics
