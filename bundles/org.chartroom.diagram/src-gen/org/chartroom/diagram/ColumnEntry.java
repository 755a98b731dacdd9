/**
 */
package org.chartroom.diagram;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column as a line of its table's box.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#getType <em>Type</em>}</li>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#isPrimaryKey <em>Primary Key</em>}</li>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#isForeignKey <em>Foreign Key</em>}</li>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#isReferenced <em>Referenced</em>}</li>
 *   <li>{@link org.chartroom.diagram.ColumnEntry#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry()
 * @model
 * @generated
 */
public interface ColumnEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SQL type as people read it, e.g. VARCHAR(50).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Primary Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the column is part of the table's primary key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Key</em>' attribute.
	 * @see #setPrimaryKey(boolean)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_PrimaryKey()
	 * @model
	 * @generated
	 */
	boolean isPrimaryKey();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#isPrimaryKey <em>Primary Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Key</em>' attribute.
	 * @see #isPrimaryKey()
	 * @generated
	 */
	void setPrimaryKey(boolean value);

	/**
	 * Returns the value of the '<em><b>Foreign Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the column is part of a foreign key to another table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreign Key</em>' attribute.
	 * @see #setForeignKey(boolean)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_ForeignKey()
	 * @model
	 * @generated
	 */
	boolean isForeignKey();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#isForeignKey <em>Foreign Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreign Key</em>' attribute.
	 * @see #isForeignKey()
	 * @generated
	 */
	void setForeignKey(boolean value);

	/**
	 * Returns the value of the '<em><b>Referenced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether foreign keys of other tables refer to this column, such as PATIENTS.SUBJECT_ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referenced</em>' attribute.
	 * @see #setReferenced(boolean)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_Referenced()
	 * @model
	 * @generated
	 */
	boolean isReferenced();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#isReferenced <em>Referenced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referenced</em>' attribute.
	 * @see #isReferenced()
	 * @generated
	 */
	void setReferenced(boolean value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chartroom.diagram.TableRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role the column leads to: PATIENT for a patient id, STAY for a stay id, DICTIONARY for a concept code, NONE otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.chartroom.diagram.TableRole
	 * @see #setRole(TableRole)
	 * @see org.chartroom.diagram.DiagramPackage#getColumnEntry_Role()
	 * @model
	 * @generated
	 */
	TableRole getRole();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ColumnEntry#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.chartroom.diagram.TableRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(TableRole value);

} // ColumnEntry
