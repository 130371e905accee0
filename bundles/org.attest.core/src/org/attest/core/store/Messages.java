package org.attest.core.store;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the corpus store. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CorpusStore_alreadyExists;
	public static String CorpusStore_notACorpus;
	public static String CorpusStore_noCorpusInFile;
	public static String CorpusStore_duplicateDocument;
	public static String CorpusStore_unsafeName;
	public static String CorpusStore_cannotSave;
	public static String CorpusStore_changedOnDisk;
	public static String CorpusStore_cannotRead;
	public static String CorpusStore_noDocumentInFile;
	public static String CorpusStore_noLayerInFile;
	public static String CorpusStore_otherDocument;
	public static String CorpusStore_unsafeListedId;
	public static String CorpusStore_notAFileOfTheCorpus;
	public static String CorpusStore_emptyFile;
	public static String CorpusUriConverter_outside;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
