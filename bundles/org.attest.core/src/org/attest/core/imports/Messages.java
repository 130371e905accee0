package org.attest.core.imports;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the importers. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CorpusImport_task;
	public static String CorpusImport_cannotList;
	public static String CorpusImport_noSuchFile;
	public static String CorpusImport_unsupportedType;
	public static String CorpusImport_failed;
	public static String CorpusImport_cannotSave;
	public static String FileSizeLimit_tooLarge;
	public static String TextImporter_binary;
	public static String TextImporter_notUtf8;
	public static String TextImporter_noText;
	public static String HtmlImporter_noArticle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
