package org.attest.ui.internal.editor;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Who is annotating: the {@code annotator} preference, else the system property {@value #PROPERTY} (the
 * {@code workbench} script passes {@code $ATTEST_ANNOTATOR} that way), else the user's login name.
 */
public final class Annotators {

	/** Preference key (node {@code org.attest.ui}) naming the current annotator. */
	public static final String PREFERENCE = "annotator"; //$NON-NLS-1$
	/** System property naming the annotator when the preference is unset. */
	public static final String PROPERTY = "attest.annotator"; //$NON-NLS-1$
	/** The preference node holding {@value #PREFERENCE}. */
	public static final String NODE = "org.attest.ui"; //$NON-NLS-1$

	private Annotators() {
	}

	/** The current annotator's name, made safe for a folder name (layers/&lt;annotator&gt;/). */
	public static String current() {
		String configured = Platform.getPreferencesService().getString(NODE, PREFERENCE, null, null);
		String name = configured == null || configured.isBlank()
				? System.getProperty(PROPERTY, System.getProperty("user.name", "annotator")) //$NON-NLS-1$ //$NON-NLS-2$
				: configured;
		String safe = name.trim().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return safe.isEmpty() ? "annotator" : safe; //$NON-NLS-1$
	}

	/** Sets the current annotator (takes effect for editors opened afterwards). */
	public static void set(String annotator) {
		InstanceScope.INSTANCE.getNode(NODE).put(PREFERENCE, annotator);
	}
}
