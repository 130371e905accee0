package org.attest.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the import and export wizards. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String CorpusFolderField_label;
	public static String CorpusFolderField_browse;
	public static String CorpusFolderField_browseMessage;
	public static String CorpusFolderField_missing;
	public static String CorpusFolderField_notAbsolute;
	public static String CorpusFolderField_noCorpus;
	public static String WizardFields_annotator;
	public static String WizardFields_noAnnotator;
	public static String ImportArticlesWizard_title;
	public static String ImportArticlesPage_title;
	public static String ImportArticlesPage_description;
	public static String ImportArticlesPage_files;
	public static String ImportArticlesPage_addFiles;
	public static String ImportArticlesPage_addFolder;
	public static String ImportArticlesPage_addFolderMessage;
	public static String ImportArticlesPage_remove;
	public static String ImportArticlesPage_noFiles;
	public static String ImportArticlesJob_name;
	public static String ImportArticlesJob_cannotOpen;
	public static String ImportArticlesJob_cannotSave;
	public static String ImportArticlesJob_problems;
	public static String ImportArticlesJob_done;
	public static String ImportProblemsNotice_title;
	public static String ExportCorpusWizard_title;
	public static String ExportCorpusPage_title;
	public static String ExportCorpusPage_description;
	public static String ExportCorpusPage_format;
	public static String ExportCorpusPage_destination;
	public static String ExportCorpusPage_browse;
	public static String ExportCorpusPage_noDestination;
	public static String ExportCorpusPage_offsets;
	public static String ExportCorpusPage_codePoints;
	public static String ExportCorpusPage_utf16;
	public static String ExportCorpusPage_split;
	public static String ExportCorpusPage_train;
	public static String ExportCorpusPage_dev;
	public static String ExportCorpusPage_test;
	public static String ExportCorpusPage_seed;
	public static String ExportCorpusPage_stratify;
	public static String ExportCorpusPage_badRatios;
	public static String ExportCorpusPage_badSeed;
	public static String ExportCorpusJob_name;
	public static String ExportCorpusJob_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
