/**
 */
package org.attest.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Genre</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.attest.model.AttestPackage#getGenre()
 * @model
 * @generated
 */
public enum Genre implements Enumerator {
	/**
	 * The '<em><b>News</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS_VALUE
	 * @generated
	 * @ordered
	 */
	NEWS(0, "news", "news"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Opinion</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPINION_VALUE
	 * @generated
	 * @ordered
	 */
	OPINION(1, "opinion", "opinion"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Analysis</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYSIS(2, "analysis", "analysis"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Interview</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(3, "interview", "interview"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Press Release</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS_RELEASE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESS_RELEASE(4, "pressRelease", "press-release"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "other", "other"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>News</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWS
	 * @model name="news"
	 * @generated
	 * @ordered
	 */
	public static final int NEWS_VALUE = 0;

	/**
	 * The '<em><b>Opinion</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPINION
	 * @model name="opinion"
	 * @generated
	 * @ordered
	 */
	public static final int OPINION_VALUE = 1;

	/**
	 * The '<em><b>Analysis</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS
	 * @model name="analysis"
	 * @generated
	 * @ordered
	 */
	public static final int ANALYSIS_VALUE = 2;

	/**
	 * The '<em><b>Interview</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model name="interview"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 3;

	/**
	 * The '<em><b>Press Release</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS_RELEASE
	 * @model name="pressRelease" literal="press-release"
	 * @generated
	 * @ordered
	 */
	public static final int PRESS_RELEASE_VALUE = 4;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Genre</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Genre[] VALUES_ARRAY =
		new Genre[] {
			NEWS,
			OPINION,
			ANALYSIS,
			INTERVIEW,
			PRESS_RELEASE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Genre</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Genre> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Genre</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Genre get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Genre result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Genre</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Genre getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Genre result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Genre</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Genre get(int value) {
		switch (value) {
			case NEWS_VALUE: return NEWS;
			case OPINION_VALUE: return OPINION;
			case ANALYSIS_VALUE: return ANALYSIS;
			case INTERVIEW_VALUE: return INTERVIEW;
			case PRESS_RELEASE_VALUE: return PRESS_RELEASE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Genre(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Genre
