package org.attest.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Claims and Sources views and their commands. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String ClaimCells_unquoted;
	public static String ClaimCells_noSource;
	public static String ClaimCells_noStance;
	public static String ClaimCells_noSourceProblem;
	public static String ClaimCells_noStanceProblem;
	public static String ClaimCells_noCredibilityProblem;
	public static String ClaimsView_noEditor;
	public static String ClaimsView_filterMessage;
	public static String ClaimsView_claimColumn;
	public static String ClaimsView_sourcesColumn;
	public static String ClaimsView_stanceColumn;
	public static String ClaimsView_credibilityColumn;
	public static String ClaimsView_problemsColumn;
	public static String SourcesView_noEditor;
	public static String SourcesView_nameColumn;
	public static String SourcesView_kindColumn;
	public static String SourcesView_reliabilityColumn;
	public static String SourcesView_claimsColumn;
	public static String SourcesView_counting;
	public static String SourcesView_countJob;
	public static String SourcesView_cannotCount;
	public static String SourcesView_cannotSaveTitle;
	public static String SourcesView_cannotSave;
	public static String SourceClaimCounts_cannotRead;
	public static String SourceMerge_label;
	public static String RenameSourceHandler_title;
	public static String RenameSourceHandler_message;
	public static String RenameSourceHandler_emptyName;
	public static String MergeSourcesHandler_title;
	public static String MergeSourcesHandler_message;
	public static String MergeSourcesHandler_cannotMerge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
