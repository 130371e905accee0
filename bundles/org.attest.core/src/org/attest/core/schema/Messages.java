package org.attest.core.schema;

import org.eclipse.osgi.util.NLS;

/**
 * Names and descriptions of the default label sets and labels: annotators read them in the editor, so they
 * are translatable; the ids next to them in {@link DefaultLabelSchema} are the stable, language-neutral part.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String DefaultLabelSchema_stance;
	public static String DefaultLabelSchema_support;
	public static String DefaultLabelSchema_supportDescription;
	public static String DefaultLabelSchema_deny;
	public static String DefaultLabelSchema_denyDescription;
	public static String DefaultLabelSchema_query;
	public static String DefaultLabelSchema_queryDescription;
	public static String DefaultLabelSchema_comment;
	public static String DefaultLabelSchema_commentDescription;

	public static String DefaultLabelSchema_credibility;
	public static String DefaultLabelSchema_true;
	public static String DefaultLabelSchema_trueDescription;
	public static String DefaultLabelSchema_mostlyTrue;
	public static String DefaultLabelSchema_mostlyTrueDescription;
	public static String DefaultLabelSchema_halfTrue;
	public static String DefaultLabelSchema_halfTrueDescription;
	public static String DefaultLabelSchema_barelyTrue;
	public static String DefaultLabelSchema_barelyTrueDescription;
	public static String DefaultLabelSchema_false;
	public static String DefaultLabelSchema_falseDescription;
	public static String DefaultLabelSchema_pantsFire;
	public static String DefaultLabelSchema_pantsFireDescription;
	public static String DefaultLabelSchema_unverifiable;
	public static String DefaultLabelSchema_unverifiableDescription;

	public static String DefaultLabelSchema_reliability;
	public static String DefaultLabelSchema_reliability5;
	public static String DefaultLabelSchema_reliability5Description;
	public static String DefaultLabelSchema_reliability4;
	public static String DefaultLabelSchema_reliability4Description;
	public static String DefaultLabelSchema_reliability3;
	public static String DefaultLabelSchema_reliability3Description;
	public static String DefaultLabelSchema_reliability2;
	public static String DefaultLabelSchema_reliability2Description;
	public static String DefaultLabelSchema_reliability1;
	public static String DefaultLabelSchema_reliability1Description;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
