package org.attest.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Attest workbench. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CorpusStartup_jobName;
	public static String CorpusStartup_notAFolder;
	public static String CorpusStartup_openDocument;
	public static String CorpusStartup_recoveryCheck;
	public static String RecoveryCheck_title;
	public static String RecoveryCheck_intro;
	public static String RecoveryCheck_snapshot;
	public static String RecoveryCheck_corpusFileOnly;
	public static String RecoveryCheck_choices;
	public static String RecoveryCheck_restore;
	public static String RecoveryCheck_discard;
	public static String RecoveryCheck_askLater;
	public static String RecoveryCheck_cannotList;
	public static String RecoveryCheck_corpusGone;
	public static String RecoveryCheck_cannotRestore;
	public static String RecoveryCheck_notAllRestored;
	public static String RecoveryCheck_stillOpen;
	public static String RecoveryCheck_cannotDiscard;
	public static String RecoveryCheck_nothing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
