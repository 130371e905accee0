/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One annotator's annotations of one document (layers/<annotator>/<document id>.attest). The curated layer is the one of the annotator named gold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.AnnotationLayer#getDocument <em>Document</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getSourceMentions <em>Source Mentions</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getCues <em>Cues</em>}</li>
 *   <li>{@link org.attest.model.AnnotationLayer#getAttributions <em>Attributions</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getAnnotationLayer()
 * @model
 * @generated
 */
public interface AnnotationLayer extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Document()
	 * @model required="true"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationLayer#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' attribute.
	 * @see #setAnnotator(String)
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Annotator()
	 * @model
	 * @generated
	 */
	String getAnnotator();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationLayer#getAnnotator <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' attribute.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.LayerStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.attest.model.LayerStatus
	 * @see #setStatus(LayerStatus)
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Status()
	 * @model
	 * @generated
	 */
	LayerStatus getStatus();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationLayer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.attest.model.LayerStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LayerStatus value);

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.ClaimMention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClaimMention> getClaims();

	/**
	 * Returns the value of the '<em><b>Source Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.SourceMention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mentions</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_SourceMentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceMention> getSourceMentions();

	/**
	 * Returns the value of the '<em><b>Cues</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Cue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cues</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Cues()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cue> getCues();

	/**
	 * Returns the value of the '<em><b>Attributions</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Attribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributions</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getAnnotationLayer_Attributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attribution> getAttributions();

} // AnnotationLayer
