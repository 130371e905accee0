/**
 */
package org.attest.model.impl;

import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Source;
import org.attest.model.SourceMention;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getClaim <em>Claim</em>}</li>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getMention <em>Mention</em>}</li>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getCue <em>Cue</em>}</li>
 *   <li>{@link org.attest.model.impl.AttributionImpl#getStance <em>Stance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttributionImpl extends MinimalEObjectImpl.Container implements Attribution {
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
	 * The cached value of the '{@link #getClaim() <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaim()
	 * @generated
	 * @ordered
	 */
	protected ClaimMention claim;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The cached value of the '{@link #getMention() <em>Mention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMention()
	 * @generated
	 * @ordered
	 */
	protected SourceMention mention;

	/**
	 * The cached value of the '{@link #getCue() <em>Cue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCue()
	 * @generated
	 * @ordered
	 */
	protected Cue cue;

	/**
	 * The default value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected static final String STANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStance() <em>Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStance()
	 * @generated
	 * @ordered
	 */
	protected String stance = STANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.ATTRIBUTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimMention getClaim() {
		if (claim != null && claim.eIsProxy()) {
			InternalEObject oldClaim = (InternalEObject)claim;
			claim = (ClaimMention)eResolveProxy(oldClaim);
			if (claim != oldClaim) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttestPackage.ATTRIBUTION__CLAIM, oldClaim, claim));
			}
		}
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClaimMention basicGetClaim() {
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaim(ClaimMention newClaim) {
		ClaimMention oldClaim = claim;
		claim = newClaim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__CLAIM, oldClaim, claim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Source)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttestPackage.ATTRIBUTION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceMention getMention() {
		if (mention != null && mention.eIsProxy()) {
			InternalEObject oldMention = (InternalEObject)mention;
			mention = (SourceMention)eResolveProxy(oldMention);
			if (mention != oldMention) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttestPackage.ATTRIBUTION__MENTION, oldMention, mention));
			}
		}
		return mention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceMention basicGetMention() {
		return mention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMention(SourceMention newMention) {
		SourceMention oldMention = mention;
		mention = newMention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__MENTION, oldMention, mention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cue getCue() {
		if (cue != null && cue.eIsProxy()) {
			InternalEObject oldCue = (InternalEObject)cue;
			cue = (Cue)eResolveProxy(oldCue);
			if (cue != oldCue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AttestPackage.ATTRIBUTION__CUE, oldCue, cue));
			}
		}
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cue basicGetCue() {
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCue(Cue newCue) {
		Cue oldCue = cue;
		cue = newCue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__CUE, oldCue, cue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStance() {
		return stance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStance(String newStance) {
		String oldStance = stance;
		stance = newStance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.ATTRIBUTION__STANCE, oldStance, stance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttestPackage.ATTRIBUTION__ID:
				return getId();
			case AttestPackage.ATTRIBUTION__CLAIM:
				if (resolve) return getClaim();
				return basicGetClaim();
			case AttestPackage.ATTRIBUTION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case AttestPackage.ATTRIBUTION__MENTION:
				if (resolve) return getMention();
				return basicGetMention();
			case AttestPackage.ATTRIBUTION__CUE:
				if (resolve) return getCue();
				return basicGetCue();
			case AttestPackage.ATTRIBUTION__STANCE:
				return getStance();
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
			case AttestPackage.ATTRIBUTION__ID:
				setId((String)newValue);
				return;
			case AttestPackage.ATTRIBUTION__CLAIM:
				setClaim((ClaimMention)newValue);
				return;
			case AttestPackage.ATTRIBUTION__SOURCE:
				setSource((Source)newValue);
				return;
			case AttestPackage.ATTRIBUTION__MENTION:
				setMention((SourceMention)newValue);
				return;
			case AttestPackage.ATTRIBUTION__CUE:
				setCue((Cue)newValue);
				return;
			case AttestPackage.ATTRIBUTION__STANCE:
				setStance((String)newValue);
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
			case AttestPackage.ATTRIBUTION__ID:
				setId(ID_EDEFAULT);
				return;
			case AttestPackage.ATTRIBUTION__CLAIM:
				setClaim((ClaimMention)null);
				return;
			case AttestPackage.ATTRIBUTION__SOURCE:
				setSource((Source)null);
				return;
			case AttestPackage.ATTRIBUTION__MENTION:
				setMention((SourceMention)null);
				return;
			case AttestPackage.ATTRIBUTION__CUE:
				setCue((Cue)null);
				return;
			case AttestPackage.ATTRIBUTION__STANCE:
				setStance(STANCE_EDEFAULT);
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
			case AttestPackage.ATTRIBUTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AttestPackage.ATTRIBUTION__CLAIM:
				return claim != null;
			case AttestPackage.ATTRIBUTION__SOURCE:
				return source != null;
			case AttestPackage.ATTRIBUTION__MENTION:
				return mention != null;
			case AttestPackage.ATTRIBUTION__CUE:
				return cue != null;
			case AttestPackage.ATTRIBUTION__STANCE:
				return STANCE_EDEFAULT == null ? stance != null : !STANCE_EDEFAULT.equals(stance);
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
		result.append(", stance: "); //$NON-NLS-1$
		result.append(stance);
		result.append(')');
		return result.toString();
	}

} //AttributionImpl
