/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered set of labels, e.g. the stance set (id stance) or the credibility scale (id credibility), ordered from best to worst where the scale is ordinal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.LabelSet#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.LabelSet#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.LabelSet#isOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.attest.model.LabelSet#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.attest.model.AttestPackage#getLabelSet()
 * @model
 * @generated
 */
public interface LabelSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.AttestPackage#getLabelSet_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.LabelSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.AttestPackage#getLabelSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.LabelSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(boolean)
	 * @see org.attest.model.AttestPackage#getLabelSet_Ordinal()
	 * @model
	 * @generated
	 */
	boolean isOrdinal();

	/**
	 * Sets the value of the '{@link org.attest.model.LabelSet#isOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #isOrdinal()
	 * @generated
	 */
	void setOrdinal(boolean value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.attest.model.AttestPackage#getLabelSet_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

} // LabelSet
