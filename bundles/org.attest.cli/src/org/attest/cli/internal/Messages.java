package org.attest.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the command line. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	static String AttestApplication_usage;
	static String AttestApplication_unknownCommand;
	static String AboutCommand_help;
	static String AboutCommand_title;
	static String AboutCommand_bundleLine;
	static String AboutCommand_unexpectedArgument;
	static String AboutCommand_unresolved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
