/**
 */
package org.attest.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.ClaimMention#getClaimType <em>Claim Type</em>}</li>
 *   <li>{@link org.attest.model.ClaimMention#isCheckworthy <em>Checkworthy</em>}</li>
 *   <li>{@link org.attest.model.ClaimMention#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.attest.model.ClaimMention#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getClaimMention()
 * @model
 * @generated
 */
public interface ClaimMention extends Span {
	/**
	 * Returns the value of the '<em><b>Claim Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.ClaimType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim Type</em>' attribute.
	 * @see org.attest.model.ClaimType
	 * @see #setClaimType(ClaimType)
	 * @see org.attest.model.AttestPackage#getClaimMention_ClaimType()
	 * @model
	 * @generated
	 */
	ClaimType getClaimType();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimMention#getClaimType <em>Claim Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Type</em>' attribute.
	 * @see org.attest.model.ClaimType
	 * @see #getClaimType()
	 * @generated
	 */
	void setClaimType(ClaimType value);

	/**
	 * Returns the value of the '<em><b>Checkworthy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkworthy</em>' attribute.
	 * @see #setCheckworthy(boolean)
	 * @see org.attest.model.AttestPackage#getClaimMention_Checkworthy()
	 * @model
	 * @generated
	 */
	boolean isCheckworthy();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimMention#isCheckworthy <em>Checkworthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkworthy</em>' attribute.
	 * @see #isCheckworthy()
	 * @generated
	 */
	void setCheckworthy(boolean value);

	/**
	 * Returns the value of the '<em><b>Credibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a label of the schema's credibility set, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credibility</em>' attribute.
	 * @see #setCredibility(String)
	 * @see org.attest.model.AttestPackage#getClaimMention_Credibility()
	 * @model
	 * @generated
	 */
	String getCredibility();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimMention#getCredibility <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credibility</em>' attribute.
	 * @see #getCredibility()
	 * @generated
	 */
	void setCredibility(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attest.model.AttestPackage#getClaimMention_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimMention#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ClaimMention
