/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dictionary Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Leads from an event table's concept column to the dictionary that names its values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.DictionaryRef#getDictionaryTable <em>Dictionary Table</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionaryRef#getKeyColumn <em>Key Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.DictionaryRef#getLabelColumn <em>Label Column</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionaryRef()
 * @model
 * @generated
 */
public interface DictionaryRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Dictionary Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dictionary table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dictionary Table</em>' reference.
	 * @see #setDictionaryTable(Table)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionaryRef_DictionaryTable()
	 * @model required="true"
	 * @generated
	 */
	Table getDictionaryTable();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionaryRef#getDictionaryTable <em>Dictionary Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary Table</em>' reference.
	 * @see #getDictionaryTable()
	 * @generated
	 */
	void setDictionaryTable(Table value);

	/**
	 * Returns the value of the '<em><b>Key Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column of the dictionary table that holds the values of the concept column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Column</em>' reference.
	 * @see #setKeyColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionaryRef_KeyColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getKeyColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionaryRef#getKeyColumn <em>Key Column</em>}' reference.
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
	 * The column of the dictionary table that holds the readable name of each concept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Column</em>' reference.
	 * @see #setLabelColumn(Column)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDictionaryRef_LabelColumn()
	 * @model required="true"
	 * @generated
	 */
	Column getLabelColumn();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.DictionaryRef#getLabelColumn <em>Label Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Column</em>' reference.
	 * @see #getLabelColumn()
	 * @generated
	 */
	void setLabelColumn(Column value);

} // DictionaryRef
