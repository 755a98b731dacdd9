/**
 */
package org.chartroom.model.warehouse.impl;

import org.chartroom.model.warehouse.Column;
import org.chartroom.model.warehouse.DictionarySemantics;
import org.chartroom.model.warehouse.WarehousePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dictionary Semantics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl#getKeyColumn <em>Key Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl#getLabelColumn <em>Label Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl#getCodeColumn <em>Code Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl#getCategoryColumn <em>Category Column</em>}</li>
 *   <li>{@link org.chartroom.model.warehouse.impl.DictionarySemanticsImpl#getVocabularyColumn <em>Vocabulary Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DictionarySemanticsImpl extends TableSemanticsImpl implements DictionarySemantics {
	/**
	 * The cached value of the '{@link #getKeyColumn() <em>Key Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyColumn()
	 * @generated
	 * @ordered
	 */
	protected Column keyColumn;

	/**
	 * The cached value of the '{@link #getLabelColumn() <em>Label Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColumn()
	 * @generated
	 * @ordered
	 */
	protected Column labelColumn;

	/**
	 * The cached value of the '{@link #getCodeColumn() <em>Code Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeColumn()
	 * @generated
	 * @ordered
	 */
	protected Column codeColumn;

	/**
	 * The cached value of the '{@link #getCategoryColumn() <em>Category Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryColumn()
	 * @generated
	 * @ordered
	 */
	protected Column categoryColumn;

	/**
	 * The cached value of the '{@link #getVocabularyColumn() <em>Vocabulary Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabularyColumn()
	 * @generated
	 * @ordered
	 */
	protected Column vocabularyColumn;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DictionarySemanticsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WarehousePackage.Literals.DICTIONARY_SEMANTICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getKeyColumn() {
		if (keyColumn != null && keyColumn.eIsProxy()) {
			InternalEObject oldKeyColumn = (InternalEObject)keyColumn;
			keyColumn = (Column)eResolveProxy(oldKeyColumn);
			if (keyColumn != oldKeyColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN, oldKeyColumn, keyColumn));
			}
		}
		return keyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetKeyColumn() {
		return keyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyColumn(Column newKeyColumn) {
		Column oldKeyColumn = keyColumn;
		keyColumn = newKeyColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN, oldKeyColumn, keyColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getLabelColumn() {
		if (labelColumn != null && labelColumn.eIsProxy()) {
			InternalEObject oldLabelColumn = (InternalEObject)labelColumn;
			labelColumn = (Column)eResolveProxy(oldLabelColumn);
			if (labelColumn != oldLabelColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN, oldLabelColumn, labelColumn));
			}
		}
		return labelColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetLabelColumn() {
		return labelColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColumn(Column newLabelColumn) {
		Column oldLabelColumn = labelColumn;
		labelColumn = newLabelColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN, oldLabelColumn, labelColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getCodeColumn() {
		if (codeColumn != null && codeColumn.eIsProxy()) {
			InternalEObject oldCodeColumn = (InternalEObject)codeColumn;
			codeColumn = (Column)eResolveProxy(oldCodeColumn);
			if (codeColumn != oldCodeColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN, oldCodeColumn, codeColumn));
			}
		}
		return codeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetCodeColumn() {
		return codeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeColumn(Column newCodeColumn) {
		Column oldCodeColumn = codeColumn;
		codeColumn = newCodeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN, oldCodeColumn, codeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getCategoryColumn() {
		if (categoryColumn != null && categoryColumn.eIsProxy()) {
			InternalEObject oldCategoryColumn = (InternalEObject)categoryColumn;
			categoryColumn = (Column)eResolveProxy(oldCategoryColumn);
			if (categoryColumn != oldCategoryColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN, oldCategoryColumn, categoryColumn));
			}
		}
		return categoryColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetCategoryColumn() {
		return categoryColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryColumn(Column newCategoryColumn) {
		Column oldCategoryColumn = categoryColumn;
		categoryColumn = newCategoryColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN, oldCategoryColumn, categoryColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Column getVocabularyColumn() {
		if (vocabularyColumn != null && vocabularyColumn.eIsProxy()) {
			InternalEObject oldVocabularyColumn = (InternalEObject)vocabularyColumn;
			vocabularyColumn = (Column)eResolveProxy(oldVocabularyColumn);
			if (vocabularyColumn != oldVocabularyColumn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN, oldVocabularyColumn, vocabularyColumn));
			}
		}
		return vocabularyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Column basicGetVocabularyColumn() {
		return vocabularyColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabularyColumn(Column newVocabularyColumn) {
		Column oldVocabularyColumn = vocabularyColumn;
		vocabularyColumn = newVocabularyColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN, oldVocabularyColumn, vocabularyColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN:
				if (resolve) return getKeyColumn();
				return basicGetKeyColumn();
			case WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN:
				if (resolve) return getLabelColumn();
				return basicGetLabelColumn();
			case WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN:
				if (resolve) return getCodeColumn();
				return basicGetCodeColumn();
			case WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN:
				if (resolve) return getCategoryColumn();
				return basicGetCategoryColumn();
			case WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN:
				if (resolve) return getVocabularyColumn();
				return basicGetVocabularyColumn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN:
				setKeyColumn((Column)newValue);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN:
				setLabelColumn((Column)newValue);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN:
				setCodeColumn((Column)newValue);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN:
				setCategoryColumn((Column)newValue);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN:
				setVocabularyColumn((Column)newValue);
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
			case WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN:
				setKeyColumn((Column)null);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN:
				setLabelColumn((Column)null);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN:
				setCodeColumn((Column)null);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN:
				setCategoryColumn((Column)null);
				return;
			case WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN:
				setVocabularyColumn((Column)null);
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
			case WarehousePackage.DICTIONARY_SEMANTICS__KEY_COLUMN:
				return keyColumn != null;
			case WarehousePackage.DICTIONARY_SEMANTICS__LABEL_COLUMN:
				return labelColumn != null;
			case WarehousePackage.DICTIONARY_SEMANTICS__CODE_COLUMN:
				return codeColumn != null;
			case WarehousePackage.DICTIONARY_SEMANTICS__CATEGORY_COLUMN:
				return categoryColumn != null;
			case WarehousePackage.DICTIONARY_SEMANTICS__VOCABULARY_COLUMN:
				return vocabularyColumn != null;
		}
		return super.eIsSet(featureID);
	}

} //DictionarySemanticsImpl
