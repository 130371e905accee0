package org.attest.ui.internal.curation;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Curation view, its commands and dialog. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CurationView_noEditor;
	public static String CurationView_conflictsOnly;
	public static String CurationView_kindColumn;
	public static String CurationView_goldColumn;
	public static String CurationView_statusColumn;
	public static String CurationView_summary;
	public static String CurationView_noAnnotators;
	public static String CurationView_cannotCurate;
	public static String CurationView_nothingSelected;
	public static String CurationView_noSuchAnnotator;
	public static String CurationView_nothingOfAnnotator;
	public static String CurationView_alreadyAccepted;
	public static String CurationView_nothingAgreed;
	public static String CurationView_nothingToReject;
	public static String CurationCells_separator;
	public static String CurationCells_quoted;
	public static String CurationCells_unquoted;
	public static String CurationCells_noSource;
	public static String CurationCells_agreed;
	public static String CurationCells_conflict;
	public static String CurationCells_accepted;
	public static String CurationCells_rejected;
	public static String CurationCells_goldOnly;
	public static String AcceptMenu_accept;
	public static String AgreementDialog_title;
	public static String AgreementDialog_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
