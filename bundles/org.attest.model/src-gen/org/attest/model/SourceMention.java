/**
 */
package org.attest.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.SourceMention#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getSourceMention()
 * @model
 * @generated
 */
public interface SourceMention extends Span {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.attest.model.AttestPackage#getSourceMention_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.attest.model.SourceMention#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

} // SourceMention
