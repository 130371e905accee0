package org.attest.core.curation;

import org.eclipse.osgi.util.NLS;

/** Names of the curation commands, as Edit > Undo shows them, and of what they act on; read errors. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CurationKind_claim;
	public static String CurationKind_sourceMention;
	public static String CurationKind_cue;
	public static String CurationKind_attribution;
	public static String CurationCommands_accept;
	public static String CurationCommands_acceptAgreed;
	public static String CurationCommands_reject;
	public static String Rejections_cannotRead;
	public static String Rejections_notRejections;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
