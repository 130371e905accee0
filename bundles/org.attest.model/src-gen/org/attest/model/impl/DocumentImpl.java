/**
 */
package org.attest.model.impl;

import org.attest.model.AttestPackage;
import org.attest.model.Document;
import org.attest.model.Genre;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getGenre <em>Genre</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends MinimalEObjectImpl.Container implements Document {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTLET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected String outlet = OUTLET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected String published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenre() <em>Genre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenre()
	 * @generated
	 * @ordered
	 */
	protected static final Genre GENRE_EDEFAULT = Genre.NEWS;

	/**
	 * The cached value of the '{@link #getGenre() <em>Genre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenre()
	 * @generated
	 * @ordered
	 */
	protected Genre genre = GENRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected String textHash = TEXT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> metadata;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutlet() {
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlet(String newOutlet) {
		String oldOutlet = outlet;
		outlet = newOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__OUTLET, oldOutlet, outlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(String newPublished) {
		String oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genre getGenre() {
		return genre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenre(Genre newGenre) {
		Genre oldGenre = genre;
		genre = newGenre == null ? GENRE_EDEFAULT : newGenre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__GENRE, oldGenre, genre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextHash() {
		return textHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextHash(String newTextHash) {
		String oldTextHash = textHash;
		textHash = newTextHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.DOCUMENT__TEXT_HASH, oldTextHash, textHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMetadata() {
		if (metadata == null) {
			metadata = new EcoreEMap<String,String>(AttestPackage.Literals.METADATA_ENTRY, MetadataEntryImpl.class, this, AttestPackage.DOCUMENT__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttestPackage.DOCUMENT__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttestPackage.DOCUMENT__ID:
				return getId();
			case AttestPackage.DOCUMENT__TITLE:
				return getTitle();
			case AttestPackage.DOCUMENT__URL:
				return getUrl();
			case AttestPackage.DOCUMENT__OUTLET:
				return getOutlet();
			case AttestPackage.DOCUMENT__AUTHOR:
				return getAuthor();
			case AttestPackage.DOCUMENT__PUBLISHED:
				return getPublished();
			case AttestPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case AttestPackage.DOCUMENT__GENRE:
				return getGenre();
			case AttestPackage.DOCUMENT__TEXT:
				return getText();
			case AttestPackage.DOCUMENT__TEXT_HASH:
				return getTextHash();
			case AttestPackage.DOCUMENT__METADATA:
				if (coreType) return getMetadata();
				else return getMetadata().map();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AttestPackage.DOCUMENT__ID:
				setId((String)newValue);
				return;
			case AttestPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case AttestPackage.DOCUMENT__URL:
				setUrl((String)newValue);
				return;
			case AttestPackage.DOCUMENT__OUTLET:
				setOutlet((String)newValue);
				return;
			case AttestPackage.DOCUMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case AttestPackage.DOCUMENT__PUBLISHED:
				setPublished((String)newValue);
				return;
			case AttestPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case AttestPackage.DOCUMENT__GENRE:
				setGenre((Genre)newValue);
				return;
			case AttestPackage.DOCUMENT__TEXT:
				setText((String)newValue);
				return;
			case AttestPackage.DOCUMENT__TEXT_HASH:
				setTextHash((String)newValue);
				return;
			case AttestPackage.DOCUMENT__METADATA:
				((EStructuralFeature.Setting)getMetadata()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AttestPackage.DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__URL:
				setUrl(URL_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__OUTLET:
				setOutlet(OUTLET_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__GENRE:
				setGenre(GENRE_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__TEXT_HASH:
				setTextHash(TEXT_HASH_EDEFAULT);
				return;
			case AttestPackage.DOCUMENT__METADATA:
				getMetadata().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AttestPackage.DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AttestPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AttestPackage.DOCUMENT__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case AttestPackage.DOCUMENT__OUTLET:
				return OUTLET_EDEFAULT == null ? outlet != null : !OUTLET_EDEFAULT.equals(outlet);
			case AttestPackage.DOCUMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case AttestPackage.DOCUMENT__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case AttestPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case AttestPackage.DOCUMENT__GENRE:
				return genre != GENRE_EDEFAULT;
			case AttestPackage.DOCUMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case AttestPackage.DOCUMENT__TEXT_HASH:
				return TEXT_HASH_EDEFAULT == null ? textHash != null : !TEXT_HASH_EDEFAULT.equals(textHash);
			case AttestPackage.DOCUMENT__METADATA:
				return metadata != null && !metadata.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", url: "); //$NON-NLS-1$
		result.append(url);
		result.append(", outlet: "); //$NON-NLS-1$
		result.append(outlet);
		result.append(", author: "); //$NON-NLS-1$
		result.append(author);
		result.append(", published: "); //$NON-NLS-1$
		result.append(published);
		result.append(", language: "); //$NON-NLS-1$
		result.append(language);
		result.append(", genre: "); //$NON-NLS-1$
		result.append(genre);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", textHash: "); //$NON-NLS-1$
		result.append(textHash);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
