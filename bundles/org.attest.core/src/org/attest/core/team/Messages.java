package org.attest.core.team;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the team operations. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String BranchPush_rejected;
	public static String CloneCorpusOperation_task;
	public static String CloneCorpusOperation_targetNotEmpty;
	public static String CloneCorpusOperation_failed;
	public static String CloneCorpusOperation_noCorpus;
	public static String CorpusRepository_badUrl;
	public static String CorpusRepository_notACorpus;
	public static String GitProgressMonitor_taskProgress;
	public static String ShareCorpusOperation_task;
	public static String ShareCorpusOperation_initialMessage;
	public static String ShareCorpusOperation_remoteHasHistory;
	public static String ShareCorpusOperation_failed;
	public static String SynchronizeOperation_task;
	public static String SynchronizeOperation_notShared;
	public static String SynchronizeOperation_notSafe;
	public static String SynchronizeOperation_detachedHead;
	public static String SynchronizeOperation_defaultMessage;
	public static String SynchronizeOperation_mergeMessage;
	public static String SynchronizeOperation_cannotUpdateBranch;
	public static String SynchronizeOperation_pushKeptFailing;
	public static String SynchronizeOperation_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
