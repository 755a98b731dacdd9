/**
 */
package org.chartroom.diagram.impl;

import java.util.Collection;

import org.chartroom.diagram.ColumnDisplay;
import org.chartroom.diagram.ColumnEntry;
import org.chartroom.diagram.DiagramPackage;
import org.chartroom.diagram.TableNode;
import org.chartroom.diagram.TableRole;

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
 * An implementation of the model object '<em><b>Table Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getColumnDisplay <em>Column Display</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getX <em>X</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.chartroom.diagram.impl.TableNodeImpl#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableNodeImpl extends MinimalEObjectImpl.Container implements TableNode {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final TableRole ROLE_EDEFAULT = TableRole.NONE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected TableRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean visible = VISIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnDisplay() <em>Column Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDisplay()
	 * @generated
	 * @ordered
	 */
	protected static final ColumnDisplay COLUMN_DISPLAY_EDEFAULT = ColumnDisplay.KEYS;

	/**
	 * The cached value of the '{@link #getColumnDisplay() <em>Column Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDisplay()
	 * @generated
	 * @ordered
	 */
	protected ColumnDisplay columnDisplay = COLUMN_DISPLAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected double width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected double height = HEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<ColumnEntry> columns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramPackage.Literals.TABLE_NODE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(TableRole newRole) {
		TableRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisible() {
		return visible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisible(boolean newVisible) {
		boolean oldVisible = visible;
		visible = newVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__VISIBLE, oldVisible, visible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnDisplay getColumnDisplay() {
		return columnDisplay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnDisplay(ColumnDisplay newColumnDisplay) {
		ColumnDisplay oldColumnDisplay = columnDisplay;
		columnDisplay = newColumnDisplay == null ? COLUMN_DISPLAY_EDEFAULT : newColumnDisplay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__COLUMN_DISPLAY, oldColumnDisplay, columnDisplay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(double newWidth) {
		double oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(double newHeight) {
		double oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.TABLE_NODE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColumnEntry> getColumns() {
		if (columns == null) {
			columns = new EObjectContainmentEList<ColumnEntry>(ColumnEntry.class, this, DiagramPackage.TABLE_NODE__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramPackage.TABLE_NODE__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
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
			case DiagramPackage.TABLE_NODE__NAME:
				return getName();
			case DiagramPackage.TABLE_NODE__ROLE:
				return getRole();
			case DiagramPackage.TABLE_NODE__VISIBLE:
				return isVisible();
			case DiagramPackage.TABLE_NODE__COLUMN_DISPLAY:
				return getColumnDisplay();
			case DiagramPackage.TABLE_NODE__X:
				return getX();
			case DiagramPackage.TABLE_NODE__Y:
				return getY();
			case DiagramPackage.TABLE_NODE__WIDTH:
				return getWidth();
			case DiagramPackage.TABLE_NODE__HEIGHT:
				return getHeight();
			case DiagramPackage.TABLE_NODE__COLUMNS:
				return getColumns();
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
			case DiagramPackage.TABLE_NODE__NAME:
				setName((String)newValue);
				return;
			case DiagramPackage.TABLE_NODE__ROLE:
				setRole((TableRole)newValue);
				return;
			case DiagramPackage.TABLE_NODE__VISIBLE:
				setVisible((Boolean)newValue);
				return;
			case DiagramPackage.TABLE_NODE__COLUMN_DISPLAY:
				setColumnDisplay((ColumnDisplay)newValue);
				return;
			case DiagramPackage.TABLE_NODE__X:
				setX((Double)newValue);
				return;
			case DiagramPackage.TABLE_NODE__Y:
				setY((Double)newValue);
				return;
			case DiagramPackage.TABLE_NODE__WIDTH:
				setWidth((Double)newValue);
				return;
			case DiagramPackage.TABLE_NODE__HEIGHT:
				setHeight((Double)newValue);
				return;
			case DiagramPackage.TABLE_NODE__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends ColumnEntry>)newValue);
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
			case DiagramPackage.TABLE_NODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__VISIBLE:
				setVisible(VISIBLE_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__COLUMN_DISPLAY:
				setColumnDisplay(COLUMN_DISPLAY_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__X:
				setX(X_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__Y:
				setY(Y_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case DiagramPackage.TABLE_NODE__COLUMNS:
				getColumns().clear();
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
			case DiagramPackage.TABLE_NODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DiagramPackage.TABLE_NODE__ROLE:
				return role != ROLE_EDEFAULT;
			case DiagramPackage.TABLE_NODE__VISIBLE:
				return visible != VISIBLE_EDEFAULT;
			case DiagramPackage.TABLE_NODE__COLUMN_DISPLAY:
				return columnDisplay != COLUMN_DISPLAY_EDEFAULT;
			case DiagramPackage.TABLE_NODE__X:
				return x != X_EDEFAULT;
			case DiagramPackage.TABLE_NODE__Y:
				return y != Y_EDEFAULT;
			case DiagramPackage.TABLE_NODE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DiagramPackage.TABLE_NODE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case DiagramPackage.TABLE_NODE__COLUMNS:
				return columns != null && !columns.isEmpty();
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
		result.append(", role: ");
		result.append(role);
		result.append(", visible: ");
		result.append(visible);
		result.append(", columnDisplay: ");
		result.append(columnDisplay);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //TableNodeImpl
