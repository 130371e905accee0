package org.attest.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Attest workbench. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CorpusStartup_jobName;
	public static String CorpusStartup_notAFolder;
	public static String CorpusStartup_openDocument;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
