/**
 */
package org.chartroom.model.warehouse;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dictionary Semantics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks a table that explains codes or item ids used elsewhere: one row per concept with its readable name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.DictionarySemantics#getKeyColumn <em>Key Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionarySemantics#getLabelColumn <em>Label Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionarySemantics#getCodeColumn <em>Code Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionarySemantics#getCategoryColumn <em>Category Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionarySemantics#getVocabularyColumn <em>Vocabulary Column</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics()
 * @model
 * @generated
 */
public interface DictionarySemantics extends TableSemantics {
	/**
	 * Returns the value of the '<em><b>Key Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column whose values other tables refer to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Column</em>' reference.
	 * @see #setKeyColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics_KeyColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getKeyColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionarySemantics#getKeyColumn <em>Key Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Column</em>' reference.
	 * @see #getKeyColumn()
	 * @generated
	 */
	void setKeyColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Label Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds the readable name of each concept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Column</em>' reference.
	 * @see #setLabelColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics_LabelColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getLabelColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionarySemantics#getLabelColumn <em>Label Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Column</em>' reference.
	 * @see #getLabelColumn()
	 * @generated
	 */
	void setLabelColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Code Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that holds a code from a standard code system, such as ICD-9 or LOINC, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Column</em>' reference.
	 * @see #setCodeColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics_CodeColumn()
	 * @model
	 * @generated
	 */
	Column getCodeColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionarySemantics#getCodeColumn <em>Code Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Column</em>' reference.
	 * @see #getCodeColumn()
	 * @generated
	 */
	void setCodeColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Category Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that groups the concepts into categories, if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Column</em>' reference.
	 * @see #setCategoryColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics_CategoryColumn()
	 * @model
	 * @generated
	 */
	Column getCategoryColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionarySemantics#getCategoryColumn <em>Category Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Column</em>' reference.
	 * @see #getCategoryColumn()
	 * @generated
	 */
	void setCategoryColumn(Column value);

	/**
	 * Returns the value of the '<em><b>Vocabulary Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that names the vocabulary or source system each concept comes from (for example OMOP's vocabulary_id, or the ICU system that defined an item), if there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vocabulary Column</em>' reference.
	 * @see #setVocabularyColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionarySemantics_VocabularyColumn()
	 * @model
	 * @generated
	 */
	Column getVocabularyColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionarySemantics#getVocabularyColumn <em>Vocabulary Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary Column</em>' reference.
	 * @see #getVocabularyColumn()
	 * @generated
	 */
	void setVocabularyColumn(Column value);

} // DictionarySemantics
