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
	public static String TextImporter_unstorable;
	public static String TextImporter_noText;
	public static String HtmlImporter_noArticle;
	public static String JsonlImporter_cannotRead;
	public static String JsonlImporter_lineTooLong;
	public static String JsonlImporter_notUtf8;
	public static String JsonlImporter_cannotSave;
	public static String JsonlImporter_invalidJson;
	public static String JsonlImporter_notAnObject;
	public static String JsonlImporter_textAfterObject;
	public static String JsonlImporter_missing;
	public static String JsonlImporter_notAString;
	public static String JsonlImporter_unstorable;
	public static String JsonlImporter_notAnInteger;
	public static String JsonlImporter_notABoolean;
	public static String JsonlImporter_notAList;
	public static String JsonlImporter_notAnObjectAt;
	public static String JsonlImporter_unknownValue;
	public static String JsonlImporter_endBeforeStart;
	public static String JsonlImporter_emptySpan;
	public static String JsonlImporter_duplicateId;
	public static String JsonlImporter_unreferableId;
	public static String JsonlImporter_outOfRange;
	public static String JsonlImporter_codePoints;
	public static String JsonlImporter_utf16Units;
	public static String JsonlImporter_cutsSurrogatePair;
	public static String JsonlImporter_textMismatch;
	public static String JsonlImporter_carriageReturns;
	public static String JsonlImporter_unknownClaim;
	public static String JsonlImporter_unknownSource;
	public static String JsonlImporter_mentionNotFound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
