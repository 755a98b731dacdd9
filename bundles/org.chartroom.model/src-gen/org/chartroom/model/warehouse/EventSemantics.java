/**
 */
package org.chartroom.model.warehouse;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks a table whose rows are events in a patient's record: measurements, lab results, drugs, notes, diagnoses and the like.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getPatientColumn <em>Patient Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getStayColumn <em>Stay Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getFallbackTimeColumn <em>Fallback Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getEndTimeColumn <em>End Time Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getConceptColumn <em>Concept Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getDictionary <em>Dictionary</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getNumericValueColumn <em>Numeric Value Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getTextValueColumn <em>Text Value Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.EventSemantics#getUnitColumn <em>Unit Column</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics()
 * @model
 * @generated
 */
public interface EventSemantics extends TableSemantics {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of events the table holds, for example "chart", "lab", "input", "output", "prescription", "microbiology", "procedure", "diagnosis", "note", "datetime", "transfer", "service" or "callout".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Patient Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the id of the patient the event belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patient Column</em>' reference.
	 * @see #setPatientColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_PatientColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getPatientColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getPatientColumn <em>Patient Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Column</em>' reference.
	 * @see #getPatientColumn()
	 * @generated
	 */
	void setPatientColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Stay Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the id of the stay the event belongs to, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stay Column</em>' reference.
	 * @see #setStayColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_StayColumn()
	 * @model
	 * @generated
	 */
	Column getStayColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getStayColumn <em>Stay Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stay Column</em>' reference.
	 * @see #getStayColumn()
	 * @generated
	 */
	void setStayColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the time of the event, or the time it began; some tables, such as coded diagnoses, have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Column</em>' reference.
	 * @see #setTimeColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_TimeColumn()
	 * @model
	 * @generated
	 */
	Column getTimeColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getTimeColumn <em>Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Column</em>' reference.
	 * @see #getTimeColumn()
	 * @generated
	 */
	void setTimeColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Fallback Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds a coarser time of the event (such as its date only), to use for rows whose time column is empty; tools read the time column first and this one when that is empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fallback Time Column</em>' reference.
	 * @see #setFallbackTimeColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_FallbackTimeColumn()
	 * @model
	 * @generated
	 */
	Column getFallbackTimeColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getFallbackTimeColumn <em>Fallback Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback Time Column</em>' reference.
	 * @see #getFallbackTimeColumn()
	 * @generated
	 */
	void setFallbackTimeColumn(Column value);

	/**
	 * Returns the value of the '<em><b>End Time Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the time the event ended, for events that last a while.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Time Column</em>' reference.
	 * @see #setEndTimeColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_EndTimeColumn()
	 * @model
	 * @generated
	 */
	Column getEndTimeColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getEndTimeColumn <em>End Time Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time Column</em>' reference.
	 * @see #getEndTimeColumn()
	 * @generated
	 */
	void setEndTimeColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Concept Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that says what was recorded, such as an item id, a code or a drug name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concept Column</em>' reference.
	 * @see #setConceptColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_ConceptColumn()
	 * @model
	 * @generated
	 */
	Column getConceptColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getConceptColumn <em>Concept Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concept Column</em>' reference.
	 * @see #getConceptColumn()
	 * @generated
	 */
	void setConceptColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Dictionary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the concept column's values are explained: the dictionary table, its key column and the column with the readable label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dictionary</em>' containment reference.
	 * @see #setDictionary(DictionaryRef)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_Dictionary()
	 * @model containment="true"
	 * @generated
	 */
	DictionaryRef getDictionary();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getDictionary <em>Dictionary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary</em>' containment reference.
	 * @see #getDictionary()
	 * @generated
	 */
	void setDictionary(DictionaryRef value);

	/**
	 * Returns the value of the '<em><b>Numeric Value Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the value as a number, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Numeric Value Column</em>' reference.
	 * @see #setNumericValueColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_NumericValueColumn()
	 * @model
	 * @generated
	 */
	Column getNumericValueColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getNumericValueColumn <em>Numeric Value Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numeric Value Column</em>' reference.
	 * @see #getNumericValueColumn()
	 * @generated
	 */
	void setNumericValueColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Text Value Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the value as text, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Value Column</em>' reference.
	 * @see #setTextValueColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_TextValueColumn()
	 * @model
	 * @generated
	 */
	Column getTextValueColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getTextValueColumn <em>Text Value Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Value Column</em>' reference.
	 * @see #getTextValueColumn()
	 * @generated
	 */
	void setTextValueColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Unit Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the unit of the value, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Column</em>' reference.
	 * @see #setUnitColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getEventSemantics_UnitColumn()
	 * @model
	 * @generated
	 */
	Column getUnitColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.EventSemantics#getUnitColumn <em>Unit Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Column</em>' reference.
	 * @see #getUnitColumn()
	 * @generated
	 */
	void setUnitColumn(Column value);

} // EventSemantics
