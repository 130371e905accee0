/**
 */
package org.attest.model.impl;

import java.util.Collection;

import org.attest.model.AttestPackage;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Schema</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.LabelSchemaImpl#getLabelSets <em>Label Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelSchemaImpl extends MinimalEObjectImpl.Container implements LabelSchema {
	/**
	 * The cached value of the '{@link #getLabelSets() <em>Label Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSets()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelSet> labelSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelSchemaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.LABEL_SCHEMA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelSet> getLabelSets() {
		if (labelSets == null) {
			labelSets = new EObjectContainmentEList<LabelSet>(LabelSet.class, this, AttestPackage.LABEL_SCHEMA__LABEL_SETS);
		}
		return labelSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttestPackage.LABEL_SCHEMA__LABEL_SETS:
				return ((InternalEList<?>)getLabelSets()).basicRemove(otherEnd, msgs);
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
			case AttestPackage.LABEL_SCHEMA__LABEL_SETS:
				return getLabelSets();
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
			case AttestPackage.LABEL_SCHEMA__LABEL_SETS:
				getLabelSets().clear();
				getLabelSets().addAll((Collection<? extends LabelSet>)newValue);
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
			case AttestPackage.LABEL_SCHEMA__LABEL_SETS:
				getLabelSets().clear();
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
			case AttestPackage.LABEL_SCHEMA__LABEL_SETS:
				return labelSets != null && !labelSets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LabelSchemaImpl
