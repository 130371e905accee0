package org.attest.core.recovery;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of recovery snapshots. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String RecoveryStore_unreadableManifest;
	public static String RecoverySnapshot_missing;
	public static String RecoverySnapshot_damaged;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
