/**
 */
package org.attest.model.impl;

import org.attest.model.AttestPackage;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim Mention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.ClaimMentionImpl#getClaimType <em>Claim Type</em>}</li>
 *   <li>{@link org.attest.model.impl.ClaimMentionImpl#isCheckworthy <em>Checkworthy</em>}</li>
 *   <li>{@link org.attest.model.impl.ClaimMentionImpl#getCredibility <em>Credibility</em>}</li>
 *   <li>{@link org.attest.model.impl.ClaimMentionImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimMentionImpl extends SpanImpl implements ClaimMention {
	/**
	 * The default value of the '{@link #getClaimType() <em>Claim Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimType()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimType CLAIM_TYPE_EDEFAULT = ClaimType.FACTUAL;

	/**
	 * The cached value of the '{@link #getClaimType() <em>Claim Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimType()
	 * @generated
	 * @ordered
	 */
	protected ClaimType claimType = CLAIM_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCheckworthy() <em>Checkworthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCheckworthy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHECKWORTHY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCheckworthy() <em>Checkworthy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCheckworthy()
	 * @generated
	 * @ordered
	 */
	protected boolean checkworthy = CHECKWORTHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDIBILITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredibility() <em>Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredibility()
	 * @generated
	 * @ordered
	 */
	protected String credibility = CREDIBILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimMentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AttestPackage.Literals.CLAIM_MENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimType getClaimType() {
		return claimType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimType(ClaimType newClaimType) {
		ClaimType oldClaimType = claimType;
		claimType = newClaimType == null ? CLAIM_TYPE_EDEFAULT : newClaimType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.CLAIM_MENTION__CLAIM_TYPE, oldClaimType, claimType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCheckworthy() {
		return checkworthy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckworthy(boolean newCheckworthy) {
		boolean oldCheckworthy = checkworthy;
		checkworthy = newCheckworthy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.CLAIM_MENTION__CHECKWORTHY, oldCheckworthy, checkworthy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredibility() {
		return credibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredibility(String newCredibility) {
		String oldCredibility = credibility;
		credibility = newCredibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.CLAIM_MENTION__CREDIBILITY, oldCredibility, credibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AttestPackage.CLAIM_MENTION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AttestPackage.CLAIM_MENTION__CLAIM_TYPE:
				return getClaimType();
			case AttestPackage.CLAIM_MENTION__CHECKWORTHY:
				return isCheckworthy();
			case AttestPackage.CLAIM_MENTION__CREDIBILITY:
				return getCredibility();
			case AttestPackage.CLAIM_MENTION__NOTE:
				return getNote();
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
			case AttestPackage.CLAIM_MENTION__CLAIM_TYPE:
				setClaimType((ClaimType)newValue);
				return;
			case AttestPackage.CLAIM_MENTION__CHECKWORTHY:
				setCheckworthy((Boolean)newValue);
				return;
			case AttestPackage.CLAIM_MENTION__CREDIBILITY:
				setCredibility((String)newValue);
				return;
			case AttestPackage.CLAIM_MENTION__NOTE:
				setNote((String)newValue);
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
			case AttestPackage.CLAIM_MENTION__CLAIM_TYPE:
				setClaimType(CLAIM_TYPE_EDEFAULT);
				return;
			case AttestPackage.CLAIM_MENTION__CHECKWORTHY:
				setCheckworthy(CHECKWORTHY_EDEFAULT);
				return;
			case AttestPackage.CLAIM_MENTION__CREDIBILITY:
				setCredibility(CREDIBILITY_EDEFAULT);
				return;
			case AttestPackage.CLAIM_MENTION__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case AttestPackage.CLAIM_MENTION__CLAIM_TYPE:
				return claimType != CLAIM_TYPE_EDEFAULT;
			case AttestPackage.CLAIM_MENTION__CHECKWORTHY:
				return checkworthy != CHECKWORTHY_EDEFAULT;
			case AttestPackage.CLAIM_MENTION__CREDIBILITY:
				return CREDIBILITY_EDEFAULT == null ? credibility != null : !CREDIBILITY_EDEFAULT.equals(credibility);
			case AttestPackage.CLAIM_MENTION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (claimType: "); //$NON-NLS-1$
		result.append(claimType);
		result.append(", checkworthy: "); //$NON-NLS-1$
		result.append(checkworthy);
		result.append(", credibility: "); //$NON-NLS-1$
		result.append(credibility);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ClaimMentionImpl
