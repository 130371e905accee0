package org.attest.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the annotation editor. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AttestDocumentProvider_cannotOpen;
	public static String AnnotationEditor_notAFile;
	public static String AnnotationEditor_cannotAnnotate;
	public static String AnnotationEditor_layerUnreadable;
	public static String LayerProgress_status;
	public static String LayerProgress_todo;
	public static String LayerProgress_inProgress;
	public static String LayerProgress_done;
	public static String ProblemMarkers_job;
	public static String RecoverySnapshots_snapshotJob;
	public static String RecoverySnapshots_writeJob;
	public static String RecoverySnapshots_cannotSnapshot;
	public static String RecoverySnapshots_cannotWrite;
	public static String ChangedOnDisk_title;
	public static String ChangedOnDisk_question;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
