package org.attest.ui.internal.edit;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the property sheet's editors. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String DataValueText_invalid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
