package org.attest.ui.internal.team;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the team commands. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String TeamHandlers_noCorpus;
	public static String ShareCorpusHandler_title;
	public static String ShareCorpusHandler_prompt;
	public static String ShareCorpusJob_name;
	public static String SynchronizeCorpusJob_name;
	public static String SynchronizeNotice_title;
	public static String SynchronizeNotice_conflictTitle;
	public static String SynchronizeNotice_synchronized;
	public static String SynchronizeNotice_committedLocally;
	public static String SynchronizeNotice_conflict;
	public static String SynchronizeNotice_conflicts;
	public static String SynchronizeNotice_received;
	public static String SynchronizeNotice_sent;
	public static String SynchronizeNotice_notCommitted;
	public static String SynchronizeNotice_more;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
