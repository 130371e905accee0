/**
 */
package org.attest.model.impl;

import org.attest.model.AttestPackage;
import org.attest.model.Cue;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CueImpl extends SpanImpl implements Cue {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.CUE;
	}

} //CueImpl
