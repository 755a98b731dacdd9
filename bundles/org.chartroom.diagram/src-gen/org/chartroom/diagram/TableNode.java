/**
 */
package org.chartroom.diagram;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table drawn as a box: its name in a header, then its columns.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.TableNode#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getRole <em>Role</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getColumnDisplay <em>Column Display</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getX <em>X</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getY <em>Y</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getWidth <em>Width</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getHeight <em>Height</em>}</li>
 *   <li>{@link org.chartroom.diagram.TableNode#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see org.chartroom.diagram.DiagramPackage#getTableNode()
 * @model
 * @generated
 */
public interface TableNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the table in the warehouse model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chartroom.diagram.TableRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clinical role of the table, from the model's semantics; the box is coloured by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.chartroom.diagram.TableRole
	 * @see #setRole(TableRole)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Role()
	 * @model
	 * @generated
	 */
	TableRole getRole();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.chartroom.diagram.TableRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(TableRole value);

	/**
	 * Returns the value of the '<em><b>Visible</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the box is shown; a focus on some tables hides the others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visible</em>' attribute.
	 * @see #setVisible(boolean)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Visible()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisible();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#isVisible <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible</em>' attribute.
	 * @see #isVisible()
	 * @generated
	 */
	void setVisible(boolean value);

	/**
	 * Returns the value of the '<em><b>Column Display</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chartroom.diagram.ColumnDisplay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the columns the box lists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Display</em>' attribute.
	 * @see org.chartroom.diagram.ColumnDisplay
	 * @see #setColumnDisplay(ColumnDisplay)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_ColumnDisplay()
	 * @model
	 * @generated
	 */
	ColumnDisplay getColumnDisplay();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getColumnDisplay <em>Column Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Display</em>' attribute.
	 * @see org.chartroom.diagram.ColumnDisplay
	 * @see #getColumnDisplay()
	 * @generated
	 */
	void setColumnDisplay(ColumnDisplay value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The left edge of the box, in diagram units (pixels at 100 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top edge of the box, in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The width of the box, in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The height of the box, in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.TableNode#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.diagram.ColumnEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every column of the table, in table order; the column display picks which are listed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.chartroom.diagram.DiagramPackage#getTableNode_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnEntry> getColumns();

} // TableNode
