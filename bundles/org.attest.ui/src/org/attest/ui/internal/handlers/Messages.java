package org.attest.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the annotation commands. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String MarkClaimHandler_selectText;
	public static String MarkCueHandler_selectText;
	public static String MarkSourceHandler_selectText;
	public static String LinkSourceHandler_noClaim;
	public static String SetLabelHandler_unknownLabel;
	public static String SetLabelHandler_noAttribution;
	public static String SetLabelHandler_noClaim;
	public static String DeleteAnnotationHandler_nothingThere;
	public static String SetLayerStatusHandler_unknownStatus;
	public static String UnattributedClaimHandler_none;
	public static String LabelMenu_stance;
	public static String LabelMenu_credibility;
	public static String SourcePickerDialog_markTitle;
	public static String SourcePickerDialog_linkTitle;
	public static String SourcePickerDialog_prompt;
	public static String SourcePickerDialog_newSource;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
