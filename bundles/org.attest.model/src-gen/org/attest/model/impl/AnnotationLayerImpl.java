/**
 */
package org.attest.model.impl;

import java.util.Collection;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.SourceMention;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getSourceMentions <em>Source Mentions</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getCues <em>Cues</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationLayerImpl#getAttributions <em>Attributions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationLayerImpl extends MinimalEObjectImpl.Container implements AnnotationLayer {
	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The default value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected String annotator = ANNOTATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LayerStatus STATUS_EDEFAULT = LayerStatus.TODO;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected LayerStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimMention> claims;

	/**
	 * The cached value of the '{@link #getSourceMentions() <em>Source Mentions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMentions()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceMention> sourceMentions;

	/**
	 * The cached value of the '{@link #getCues() <em>Cues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCues()
	 * @generated
	 * @ordered
	 */
	protected EList<Cue> cues;

	/**
	 * The cached value of the '{@link #getAttributions() <em>Attributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributions()
	 * @generated
	 * @ordered
	 */
	protected EList<Attribution> attributions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.ANNOTATION_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttestPackage.ANNOTATION_LAYER__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ANNOTATION_LAYER__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(String newAnnotator) {
		String oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ANNOTATION_LAYER__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(LayerStatus newStatus) {
		LayerStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ANNOTATION_LAYER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimMention> getClaims() {
		if (claims == null) {
			claims = new EObjectContainmentEList<ClaimMention>(ClaimMention.class, this, AttestPackage.ANNOTATION_LAYER__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceMention> getSourceMentions() {
		if (sourceMentions == null) {
			sourceMentions = new EObjectContainmentEList<SourceMention>(SourceMention.class, this, AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS);
		}
		return sourceMentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cue> getCues() {
		if (cues == null) {
			cues = new EObjectContainmentEList<Cue>(Cue.class, this, AttestPackage.ANNOTATION_LAYER__CUES);
		}
		return cues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attribution> getAttributions() {
		if (attributions == null) {
			attributions = new EObjectContainmentEList<Attribution>(Attribution.class, this, AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS);
		}
		return attributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AttestPackage.ANNOTATION_LAYER__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
			case AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS:
				return ((InternalEList<?>)getSourceMentions()).basicRemove(otherEnd, msgs);
			case AttestPackage.ANNOTATION_LAYER__CUES:
				return ((InternalEList<?>)getCues()).basicRemove(otherEnd, msgs);
			case AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS:
				return ((InternalEList<?>)getAttributions()).basicRemove(otherEnd, msgs);
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
			case AttestPackage.ANNOTATION_LAYER__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case AttestPackage.ANNOTATION_LAYER__ANNOTATOR:
				return getAnnotator();
			case AttestPackage.ANNOTATION_LAYER__STATUS:
				return getStatus();
			case AttestPackage.ANNOTATION_LAYER__CLAIMS:
				return getClaims();
			case AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS:
				return getSourceMentions();
			case AttestPackage.ANNOTATION_LAYER__CUES:
				return getCues();
			case AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS:
				return getAttributions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AttestPackage.ANNOTATION_LAYER__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__ANNOTATOR:
				setAnnotator((String)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__STATUS:
				setStatus((LayerStatus)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends ClaimMention>)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS:
				getSourceMentions().clear();
				getSourceMentions().addAll((Collection<? extends SourceMention>)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__CUES:
				getCues().clear();
				getCues().addAll((Collection<? extends Cue>)newValue);
				return;
			case AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS:
				getAttributions().clear();
				getAttributions().addAll((Collection<? extends Attribution>)newValue);
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
			case AttestPackage.ANNOTATION_LAYER__DOCUMENT:
				setDocument((Document)null);
				return;
			case AttestPackage.ANNOTATION_LAYER__ANNOTATOR:
				setAnnotator(ANNOTATOR_EDEFAULT);
				return;
			case AttestPackage.ANNOTATION_LAYER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AttestPackage.ANNOTATION_LAYER__CLAIMS:
				getClaims().clear();
				return;
			case AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS:
				getSourceMentions().clear();
				return;
			case AttestPackage.ANNOTATION_LAYER__CUES:
				getCues().clear();
				return;
			case AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS:
				getAttributions().clear();
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
			case AttestPackage.ANNOTATION_LAYER__DOCUMENT:
				return document != null;
			case AttestPackage.ANNOTATION_LAYER__ANNOTATOR:
				return ANNOTATOR_EDEFAULT == null ? annotator != null : !ANNOTATOR_EDEFAULT.equals(annotator);
			case AttestPackage.ANNOTATION_LAYER__STATUS:
				return status != STATUS_EDEFAULT;
			case AttestPackage.ANNOTATION_LAYER__CLAIMS:
				return claims != null && !claims.isEmpty();
			case AttestPackage.ANNOTATION_LAYER__SOURCE_MENTIONS:
				return sourceMentions != null && !sourceMentions.isEmpty();
			case AttestPackage.ANNOTATION_LAYER__CUES:
				return cues != null && !cues.isEmpty();
			case AttestPackage.ANNOTATION_LAYER__ATTRIBUTIONS:
				return attributions != null && !attributions.isEmpty();
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
		result.append(" (annotator: "); //$NON-NLS-1$
		result.append(annotator);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //AnnotationLayerImpl
