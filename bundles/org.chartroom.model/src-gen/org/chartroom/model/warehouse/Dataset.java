/**
 */
package org.chartroom.model.warehouse;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One data set in the warehouse, such as a MIMIC-III or an OMOP CDM database.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Dataset#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Dataset#getSourceKind <em>Source Kind</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Dataset#getTables <em>Tables</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.Dataset#getConceptSets <em>Concept Sets</em>}</li>
 * </ul>
 *
 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the data set; it must be given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Dataset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A free-text description of the data set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Dataset#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which kind of source the data set comes from, for example "mimic3" or "omop".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Kind</em>' attribute.
	 * @see #setSourceKind(String)
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset_SourceKind()
	 * @model
	 * @generated
	 */
	String getSourceKind();

	/**
	 * Sets the value of the '{@link org.chartroom.model.warehouse.Dataset#getSourceKind <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Kind</em>' attribute.
	 * @see #getSourceKind()
	 * @generated
	 */
	void setSourceKind(String value);

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.Table}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tables of this data set, each with a name of its own; references in a saved model find a table by its name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset_Tables()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Table> getTables();

	/**
	 * Returns the value of the '<em><b>Concept Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.chartroom.model.warehouse.ConceptSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named groups of concepts that tools show together, such as the vital signs a patient timeline charts first; which concepts these are is a fact of the data set's vocabulary, not of its schema.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concept Sets</em>' containment reference list.
	 * @see org.chartroom.model.warehouse.WarehousePackage#getDataset_ConceptSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConceptSet> getConceptSets();

} // Dataset
