/**
 */
package org.chartroom.diagram.impl;

import java.util.Collection;

import org.chartroom.diagram.DiagramPackage;
import org.chartroom.diagram.ForeignKeyEdge;
import org.chartroom.diagram.Point;
import org.chartroom.diagram.TableNode;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Foreign Key Edge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getSourceColumns <em>Source Columns</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getTargetColumns <em>Target Columns</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.ForeignKeyEdgeImpl#getBendPoints <em>Bend Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ForeignKeyEdgeImpl extends MinimalEObjectImpl.Container implements ForeignKeyEdge {
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
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected TableNode source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected TableNode target;

	/**
	 * The cached value of the '{@link #getSourceColumns() <em>Source Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourceColumns;

	/**
	 * The cached value of the '{@link #getTargetColumns() <em>Target Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetColumns;

	/**
	 * The cached value of the '{@link #getBendPoints() <em>Bend Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBendPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Point> bendPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ForeignKeyEdgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramPackage.Literals.FOREIGN_KEY_EDGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.FOREIGN_KEY_EDGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableNode getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (TableNode)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DiagramPackage.FOREIGN_KEY_EDGE__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TableNode basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(TableNode newSource) {
		TableNode oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.FOREIGN_KEY_EDGE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableNode getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (TableNode)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DiagramPackage.FOREIGN_KEY_EDGE__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TableNode basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(TableNode newTarget) {
		TableNode oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.FOREIGN_KEY_EDGE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourceColumns() {
		if (sourceColumns == null) {
			sourceColumns = new EDataTypeUniqueEList<String>(String.class, this, DiagramPackage.FOREIGN_KEY_EDGE__SOURCE_COLUMNS);
		}
		return sourceColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetColumns() {
		if (targetColumns == null) {
			targetColumns = new EDataTypeUniqueEList<String>(String.class, this, DiagramPackage.FOREIGN_KEY_EDGE__TARGET_COLUMNS);
		}
		return targetColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Point> getBendPoints() {
		if (bendPoints == null) {
			bendPoints = new EObjectContainmentEList<Point>(Point.class, this, DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS);
		}
		return bendPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS:
				return ((InternalEList<?>)getBendPoints()).basicRemove(otherEnd, msgs);
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
			case DiagramPackage.FOREIGN_KEY_EDGE__NAME:
				return getName();
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE_COLUMNS:
				return getSourceColumns();
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET_COLUMNS:
				return getTargetColumns();
			case DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS:
				return getBendPoints();
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
			case DiagramPackage.FOREIGN_KEY_EDGE__NAME:
				setName((String)newValue);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE:
				setSource((TableNode)newValue);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET:
				setTarget((TableNode)newValue);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE_COLUMNS:
				getSourceColumns().clear();
				getSourceColumns().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET_COLUMNS:
				getTargetColumns().clear();
				getTargetColumns().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS:
				getBendPoints().clear();
				getBendPoints().addAll((Collection<? extends Point>)newValue);
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
			case DiagramPackage.FOREIGN_KEY_EDGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE:
				setSource((TableNode)null);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET:
				setTarget((TableNode)null);
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE_COLUMNS:
				getSourceColumns().clear();
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET_COLUMNS:
				getTargetColumns().clear();
				return;
			case DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS:
				getBendPoints().clear();
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
			case DiagramPackage.FOREIGN_KEY_EDGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE:
				return source != null;
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET:
				return target != null;
			case DiagramPackage.FOREIGN_KEY_EDGE__SOURCE_COLUMNS:
				return sourceColumns != null && !sourceColumns.isEmpty();
			case DiagramPackage.FOREIGN_KEY_EDGE__TARGET_COLUMNS:
				return targetColumns != null && !targetColumns.isEmpty();
			case DiagramPackage.FOREIGN_KEY_EDGE__BEND_POINTS:
				return bendPoints != null && !bendPoints.isEmpty();
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
		result.append(", sourceColumns: ");
		result.append(sourceColumns);
		result.append(", targetColumns: ");
		result.append(targetColumns);
		result.append(')');
		return result.toString();
	}

} //ForeignKeyEdgeImpl
