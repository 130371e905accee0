/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attest.model.Document#getUrl <em>Url</em>}</li>
 *   <li>{@link org.attest.model.Document#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.attest.model.Document#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.attest.model.Document#getPublished <em>Published</em>}</li>
 *   <li>{@link org.attest.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attest.model.Document#getGenre <em>Genre</em>}</li>
 *   <li>{@link org.attest.model.Document#getText <em>Text</em>}</li>
 *   <li>{@link org.attest.model.Document#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.attest.model.Document#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.AttestPackage#getDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.attest.model.AttestPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.attest.model.AttestPackage#getDocument_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.attest.model.AttestPackage#getDocument_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.attest.model.AttestPackage#getDocument_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication date, ISO 8601 (2026-03-14, or with time and offset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see org.attest.model.AttestPackage#getDocument_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.attest.model.AttestPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Genre</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.Genre}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Genre</em>' attribute.
	 * @see org.attest.model.Genre
	 * @see #setGenre(Genre)
	 * @see org.attest.model.AttestPackage#getDocument_Genre()
	 * @model
	 * @generated
	 */
	Genre getGenre();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getGenre <em>Genre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Genre</em>' attribute.
	 * @see org.attest.model.Genre
	 * @see #getGenre()
	 * @generated
	 */
	void setGenre(Genre value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The canonical text, line ends normalized to LF; span offsets are UTF-16 indexes into it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.attest.model.AttestPackage#getDocument_Text()
	 * @model extendedMetaData="kind='element'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the text's UTF-8 bytes, lower-case hex: tells whether spans need re-anchoring.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.attest.model.AttestPackage#getDocument_TextHash()
	 * @model
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see org.attest.model.AttestPackage#getDocument_Metadata()
	 * @model mapType="org.attest.model.MetadataEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

} // Document
