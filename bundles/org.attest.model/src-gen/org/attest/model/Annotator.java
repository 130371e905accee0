/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Annotator#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.Annotator#getAssigned <em>Assigned</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getAnnotator()
 * @model
 * @generated
 */
public interface Annotator extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.AttestPackage#getAnnotator_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.Annotator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Assigned</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the documents the lead assigned to this annotator, in the order given: the annotator's worklist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assigned</em>' attribute list.
	 * @see org.attest.model.AttestPackage#getAnnotator_Assigned()
	 * @model
	 * @generated
	 */
	EList<String> getAssigned();

} // Annotator
