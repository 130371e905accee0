/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.LabelSchema#getLabelSets <em>Label Sets</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getLabelSchema()
 * @model
 * @generated
 */
public interface LabelSchema extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.LabelSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Sets</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getLabelSchema_LabelSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelSet> getLabelSets();

} // LabelSchema
