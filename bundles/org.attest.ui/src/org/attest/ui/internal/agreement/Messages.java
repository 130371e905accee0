package org.attest.ui.internal.agreement;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Agreement view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AgreementJob_name;
	public static String AgreementJob_failed;
	public static String AgreementView_noEditor;
	public static String AgreementView_measuring;
	public static String AgreementView_summary;
	public static String AgreementView_failed;
	public static String AgreementView_annotatorsColumn;
	public static String AgreementView_documentsColumn;
	public static String AgreementView_claimsExactColumn;
	public static String AgreementView_claimsOverlapColumn;
	public static String AgreementView_sourcesExactColumn;
	public static String AgreementView_sourcesOverlapColumn;
	public static String AgreementView_stanceColumn;
	public static String AgreementView_credibilityColumn;
	public static String AgreementView_countColumn;
	public static String AgreementView_pair;
	public static String AgreementView_overall;
	public static String AgreementView_undefined;
	public static String AgreementView_kappa;
	public static String AgreementView_alpha;
	public static String AgreementView_versus;
	public static String AgreementView_confusionTitle;
	public static String AgreementView_confusionSeries;
	public static String AgreementView_attributions;
	public static String AgreementView_documentsTitle;
	public static String AgreementView_claimsSeries;
	public static String AgreementView_sourcesSeries;
	public static String AgreementView_stanceSeries;
	public static String AgreementView_agreementAxis;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
