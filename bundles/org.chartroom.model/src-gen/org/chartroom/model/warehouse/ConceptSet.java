/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concept Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named group of concepts of one dictionary that mean the same thing to people, such as "Heart rate" recorded under two item ids by two ICU systems.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.ConceptSet#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ConceptSet#getRole <em>Role</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ConceptSet#getDictionaryTable <em>Dictionary Table</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.ConceptSet#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getConceptSet()
 * @model
 * @generated
 */
public interface ConceptSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown for the group, for example "Heart rate".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getConceptSet_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.ConceptSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What tools use the group for, for example "vital" for the vital signs a patient timeline charts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getConceptSet_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.ConceptSet#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Dictionary Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dictionary the codes come from; an event belongs to the group when its table's dictionary is this table and its concept is one of the codes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dictionary Table</em>' reference.
	 * @see #setDictionaryTable(Table)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getConceptSet_DictionaryTable()
	 * @model required="true"
	 * @generated
	 */
	Table getDictionaryTable();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.ConceptSet#getDictionaryTable <em>Dictionary Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary Table</em>' reference.
	 * @see #getDictionaryTable()
	 * @generated
	 */
	void setDictionaryTable(Table value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concepts of the group, as the key column of the dictionary writes them (item ids, concept ids or codes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codes</em>' attribute list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getConceptSet_Codes()
	 * @model
	 * @generated
	 */
	EList<String> getCodes();

} // ConceptSet
