/**
 */
package org.attest.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source's stance toward a claim, optionally anchored by the source's mention and the cue in the text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Attribution#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.Attribution#getClaim <em>Claim</em>}</li>
 *   <li>{@link org.attest.model.Attribution#getSource <em>Source</em>}</li>
 *   <li>{@link org.attest.model.Attribution#getMention <em>Mention</em>}</li>
 *   <li>{@link org.attest.model.Attribution#getCue <em>Cue</em>}</li>
 *   <li>{@link org.attest.model.Attribution#getStance <em>Stance</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getAttribution()
 * @model
 * @generated
 */
public interface Attribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.AttestPackage#getAttribution_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim</em>' reference.
	 * @see #setClaim(ClaimMention)
	 * @see org.attest.model.AttestPackage#getAttribution_Claim()
	 * @model required="true"
	 * @generated
	 */
	ClaimMention getClaim();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getClaim <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim</em>' reference.
	 * @see #getClaim()
	 * @generated
	 */
	void setClaim(ClaimMention value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.attest.model.AttestPackage#getAttribution_Source()
	 * @model required="true"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Mention</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mention</em>' reference.
	 * @see #setMention(SourceMention)
	 * @see org.attest.model.AttestPackage#getAttribution_Mention()
	 * @model
	 * @generated
	 */
	SourceMention getMention();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getMention <em>Mention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mention</em>' reference.
	 * @see #getMention()
	 * @generated
	 */
	void setMention(SourceMention value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cue</em>' reference.
	 * @see #setCue(Cue)
	 * @see org.attest.model.AttestPackage#getAttribution_Cue()
	 * @model
	 * @generated
	 */
	Cue getCue();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getCue <em>Cue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' reference.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(Cue value);

	/**
	 * Returns the value of the '<em><b>Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a label of the schema's stance set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stance</em>' attribute.
	 * @see #setStance(String)
	 * @see org.attest.model.AttestPackage#getAttribution_Stance()
	 * @model
	 * @generated
	 */
	String getStance();

	/**
	 * Sets the value of the '{@link org.attest.model.Attribution#getStance <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stance</em>' attribute.
	 * @see #getStance()
	 * @generated
	 */
	void setStance(String value);

} // Attribution
