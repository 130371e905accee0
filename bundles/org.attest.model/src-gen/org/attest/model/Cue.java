/**
 */
package org.attest.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The reporting expression of an attribution: "said", "denied", "according to".
 * <!-- end-model-doc -->
 *
 *
 * @see org.attest.model.AttestPackage#getCue()
 * @model
 * @generated
 */
public interface Cue extends Span {
} // Cue
