/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A corpus folder's corpus.attest: label schema, source registry, annotators and the documents, which live in resources of their own and load on demand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.Corpus#getSchema <em>Schema</em>}</li>
 *   <li>{@link org.attest.model.Corpus#getSources <em>Sources</em>}</li>
 *   <li>{@link org.attest.model.Corpus#getAnnotators <em>Annotators</em>}</li>
 *   <li>{@link org.attest.model.Corpus#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.AttestPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema</em>' containment reference.
	 * @see #setSchema(LabelSchema)
	 * @see org.attest.model.AttestPackage#getCorpus_Schema()
	 * @model containment="true"
	 * @generated
	 */
	LabelSchema getSchema();

	/**
	 * Sets the value of the '{@link org.attest.model.Corpus#getSchema <em>Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema</em>' containment reference.
	 * @see #getSchema()
	 * @generated
	 */
	void setSchema(LabelSchema value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getCorpus_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Annotators</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Annotator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotators</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getCorpus_Annotators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotator> getAnnotators();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' reference list.
	 * The list contents are of type {@link org.attest.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not contained: each document is its own resource (documents/<id>.attest), resolved when first accessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' reference list.
	 * @see org.attest.model.AttestPackage#getCorpus_Documents()
	 * @model
	 * @generated
	 */
	EList<Document> getDocuments();

} // Corpus
