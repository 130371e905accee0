package org.attest.core.validation;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the validation: the findings annotators read in the editor and on the command line.
 * Not API; the messages reach callers inside the diagnostics.
 */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Subjects_claim;
	public static String Subjects_sourceMention;
	public static String Subjects_cue;
	public static String Subjects_attributionOfClaim;
	public static String Subjects_attributionByMention;
	public static String Subjects_attribution;
	public static String Subjects_layer;
	public static String Subjects_source;
	public static String LayerRules_noDocument;
	public static String LayerRules_unresolvedDocument;
	public static String LayerRules_documentWithoutText;
	public static String SpanRules_empty;
	public static String SpanRules_outsideText;
	public static String SpanRules_quoteMismatch;
	public static String SpanRules_noQuote;
	public static String AttributionRules_noClaim;
	public static String AttributionRules_noSource;
	public static String AttributionRules_unresolvedSource;
	public static String AttributionRules_spanOutsideLayer;
	public static String AttributionRules_mentionWithoutSource;
	public static String AttributionRules_mentionOfOtherSource;
	public static String AttributionRules_noStance;
	public static String AttributionRules_noStanceYet;
	public static String LabelRules_unknownStance;
	public static String LabelRules_unknownCredibility;
	public static String LabelRules_unknownReliability;
	public static String ClaimRules_noSource;
	public static String ClaimRules_noSourceYet;
	public static String ClaimRules_noCredibility;
	public static String ClaimRules_noCredibilityYet;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
