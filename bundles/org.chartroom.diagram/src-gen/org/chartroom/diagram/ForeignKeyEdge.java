/**
 */
package org.chartroom.diagram;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Foreign Key Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A foreign key drawn as a line from the referring table to the referred one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getSourceColumns <em>Source Columns</em>}</li>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getTargetColumns <em>Target Columns</em>}</li>
 *   <li>{@link org.chartroom.diagram.ForeignKeyEdge#getBendPoints <em>Bend Points</em>}</li>
 * </ul>
 *
 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge()
 * @model
 * @generated
 */
public interface ForeignKeyEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the foreign key in the schema.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ForeignKeyEdge#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table whose columns refer to the other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(TableNode)
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_Source()
	 * @model required="true"
	 * @generated
	 */
	TableNode getSource();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ForeignKeyEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(TableNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(TableNode)
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_Target()
	 * @model required="true"
	 * @generated
	 */
	TableNode getTarget();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.ForeignKeyEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TableNode value);

	/**
	 * Returns the value of the '<em><b>Source Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names of the referring columns, in key order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Columns</em>' attribute list.
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_SourceColumns()
	 * @model
	 * @generated
	 */
	EList<String> getSourceColumns();

	/**
	 * Returns the value of the '<em><b>Target Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names of the referred columns, in key order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Columns</em>' attribute list.
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_TargetColumns()
	 * @model
	 * @generated
	 */
	EList<String> getTargetColumns();

	/**
	 * Returns the value of the '<em><b>Bend Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.diagram.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The route of the line from the automatic layout: start point, bends, end point. Empty once a box it joins was moved by hand; the line is then drawn straight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bend Points</em>' containment reference list.
	 * @see org.chartroom.diagram.DiagramPackage#getForeignKeyEdge_BendPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getBendPoints();

} // ForeignKeyEdge
