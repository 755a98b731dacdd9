/**
 */
package org.chartroom.model.warehouse.impl;

import java.util.Collection;

import org.chartroom.model.warehouse.ConceptSet;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.DatasetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DatasetImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DatasetImpl#getSourceKind <em>Source Kind</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DatasetImpl#getTables <em>Tables</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DatasetImpl#getConceptSets <em>Concept Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends MinimalEObjectImpl.Container implements Dataset {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceKind() <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceKind()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceKind() <em>Source Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceKind()
	 * @generated
	 * @ordered
	 */
	protected String sourceKind = SOURCE_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<Table> tables;

	/**
	 * The cached value of the '{@link #getConceptSets() <em>Concept Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConceptSets()
	 * @generated
	 * @ordered
	 */
	protected EList<ConceptSet> conceptSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DATASET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DATASET__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceKind() {
		return sourceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceKind(String newSourceKind) {
		String oldSourceKind = sourceKind;
		sourceKind = newSourceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DATASET__SOURCE_KIND, oldSourceKind, sourceKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Table> getTables() {
		if (tables == null) {
			tables = new EObjectContainmentEList<Table>(Table.class, this, WarehousePackage.DATASET__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConceptSet> getConceptSets() {
		if (conceptSets == null) {
			conceptSets = new EObjectContainmentEList<ConceptSet>(ConceptSet.class, this, WarehousePackage.DATASET__CONCEPT_SETS);
		}
		return conceptSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WarehousePackage.DATASET__TABLES:
				return ((InternalEList<?>)getTables()).basicRemove(otherEnd, msgs);
			case WarehousePackage.DATASET__CONCEPT_SETS:
				return ((InternalEList<?>)getConceptSets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.DATASET__NAME:
				return getName();
			case WarehousePackage.DATASET__DESCRIPTION:
				return getDescription();
			case WarehousePackage.DATASET__SOURCE_KIND:
				return getSourceKind();
			case WarehousePackage.DATASET__TABLES:
				return getTables();
			case WarehousePackage.DATASET__CONCEPT_SETS:
				return getConceptSets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WarehousePackage.DATASET__NAME:
				setName((String)newValue);
				return;
			case WarehousePackage.DATASET__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case WarehousePackage.DATASET__SOURCE_KIND:
				setSourceKind((String)newValue);
				return;
			case WarehousePackage.DATASET__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends Table>)newValue);
				return;
			case WarehousePackage.DATASET__CONCEPT_SETS:
				getConceptSets().clear();
				getConceptSets().addAll((Collection<? extends ConceptSet>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WarehousePackage.DATASET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WarehousePackage.DATASET__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case WarehousePackage.DATASET__SOURCE_KIND:
				setSourceKind(SOURCE_KIND_EDEFAULT);
				return;
			case WarehousePackage.DATASET__TABLES:
				getTables().clear();
				return;
			case WarehousePackage.DATASET__CONCEPT_SETS:
				getConceptSets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WarehousePackage.DATASET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WarehousePackage.DATASET__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case WarehousePackage.DATASET__SOURCE_KIND:
				return SOURCE_KIND_EDEFAULT == null ? sourceKind != null : !SOURCE_KIND_EDEFAULT.equals(sourceKind);
			case WarehousePackage.DATASET__TABLES:
				return tables != null && !tables.isEmpty();
			case WarehousePackage.DATASET__CONCEPT_SETS:
				return conceptSets != null && !conceptSets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", sourceKind: ");
		result.append(sourceKind);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl
