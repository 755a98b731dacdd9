/**
 */
package org.chartroom.diagram;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The diagram of one data set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.Diagram#getDatasetName <em>Dataset Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.Diagram#getSourceKind <em>Source Kind</em>}</li>
 *   <li>{@link org.chartroom.diagram.Diagram#getTables <em>Tables</em>}</li>
 *   <li>{@link org.chartroom.diagram.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.chartroom.diagram.DiagramPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Dataset Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the data set the diagram shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dataset Name</em>' attribute.
	 * @see #setDatasetName(String)
	 * @see org.chartroom.diagram.DiagramPackage#getDiagram_DatasetName()
	 * @model required="true"
	 * @generated
	 */
	String getDatasetName();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.Diagram#getDatasetName <em>Dataset Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset Name</em>' attribute.
	 * @see #getDatasetName()
	 * @generated
	 */
	void setDatasetName(String value);

	/**
	 * Returns the value of the '<em><b>Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of source of the data set, e.g. "mimic3": the connector whose schema the diagram was built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Kind</em>' attribute.
	 * @see #setSourceKind(String)
	 * @see org.chartroom.diagram.DiagramPackage#getDiagram_SourceKind()
	 * @model
	 * @generated
	 */
	String getSourceKind();

	/**
	 * Sets the value of the '{@link org.chartroom.diagram.Diagram#getSourceKind <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Kind</em>' attribute.
	 * @see #getSourceKind()
	 * @generated
	 */
	void setSourceKind(String value);

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.diagram.TableNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One box per table of the data set, shown or hidden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.chartroom.diagram.DiagramPackage#getDiagram_Tables()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<TableNode> getTables();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.diagram.ForeignKeyEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One line per foreign key of the schema.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.chartroom.diagram.DiagramPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<ForeignKeyEdge> getEdges();

} // Diagram
