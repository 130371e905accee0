package org.attest.core.annotate;

import org.eclipse.osgi.util.NLS;

/** Names of the annotation commands, as Edit > Undo shows them. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AnnotationCommands_markClaim;
	public static String AnnotationCommands_markSource;
	public static String AnnotationCommands_markCue;
	public static String AnnotationCommands_link;
	public static String AnnotationCommands_setStance;
	public static String AnnotationCommands_setCredibility;
	public static String AnnotationCommands_delete;
	public static String AnnotationCommands_setStatus;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
