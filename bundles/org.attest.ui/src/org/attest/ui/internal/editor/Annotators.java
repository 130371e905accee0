package org.attest.ui.internal.editor;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Who is annotating: the {@code annotator} preference, by default the user's login name. */
public final class Annotators {

	/** Preference key (node {@code org.attest.ui}) naming the current annotator. */
	public static final String PREFERENCE = "annotator"; //$NON-NLS-1$
	private static final String NODE = "org.attest.ui"; //$NON-NLS-1$

	private Annotators() {
	}

	/** The current annotator's name, made safe for a folder name (layers/&lt;annotator&gt;/). */
	public static String current() {
		String configured = Platform.getPreferencesService().getString(NODE, PREFERENCE, null, null);
		String name = configured == null || configured.isBlank() ? System.getProperty("user.name", "annotator") : configured; //$NON-NLS-1$ //$NON-NLS-2$
		String safe = name.trim().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return safe.isEmpty() ? "annotator" : safe; //$NON-NLS-1$
	}

	/** Sets the current annotator (takes effect for editors opened afterwards). */
	public static void set(String annotator) {
		InstanceScope.INSTANCE.getNode(NODE).put(PREFERENCE, annotator);
	}
}
