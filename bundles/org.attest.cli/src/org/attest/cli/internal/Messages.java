package org.attest.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the command line. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AttestApplication_usage;
	public static String AttestApplication_unknownCommand;
	public static String AboutCommand_help;
	public static String AboutCommand_title;
	public static String AboutCommand_bundleLine;
	public static String AboutCommand_unexpectedArgument;
	public static String AboutCommand_unresolved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
