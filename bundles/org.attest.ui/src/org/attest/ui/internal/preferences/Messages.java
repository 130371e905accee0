package org.attest.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AnnotatorPreferencePage_description;
	public static String AnnotatorPreferencePage_name;
	public static String AnnotatorPreferencePage_badName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
