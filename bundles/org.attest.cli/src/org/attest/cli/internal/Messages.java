package org.attest.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the command line. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String AttestApplication_usage;
	public static String AttestApplication_unknownCommand;
	public static String AboutCommand_help;
	public static String AboutCommand_title;
	public static String AboutCommand_bundleLine;
	public static String AboutCommand_unexpectedArgument;
	public static String AboutCommand_unresolved;
	public static String CommandLine_missingValue;
	public static String CommandLine_unknownOption;
	public static String CommandLine_missingOption;
	public static String CommandLine_unexpectedArgument;
	public static String ImportCommand_help;
	public static String ImportCommand_noPaths;
	public static String ImportCommand_imported;
	public static String ImportCommand_summary;
	public static String ExportCommand_help;
	public static String ExportCommand_unknownFormat;
	public static String ExportCommand_badOffsets;
	public static String ExportCommand_badSplit;
	public static String ExportCommand_done;
	public static String ValidateCommand_help;
	public static String ValidateCommand_summary;
	public static String StatsCommand_help;
	public static String StatsCommand_corpus;
	public static String StatsCommand_annotator;
	public static String AssignCommand_help;
	public static String AssignCommand_noDocuments;
	public static String AssignCommand_unknownDocuments;
	public static String AssignCommand_assigned;
	public static String AssignCommand_removed;
	public static String ProgressCommand_help;
	public static String ProgressCommand_annotator;
	public static String ProgressCommand_document;
	public static String ProgressCommand_assigned;
	public static String AgreementCommand_help;
	public static String AgreementCommand_unknownAnnotator;
	public static String AgreementCommand_title;
	public static String AgreementCommand_fewerThanTwo;
	public static String AgreementCommand_pairColumn;
	public static String AgreementCommand_documentsColumn;
	public static String AgreementCommand_claimsExact;
	public static String AgreementCommand_claimsOverlap;
	public static String AgreementCommand_sourcesExact;
	public static String AgreementCommand_sourcesOverlap;
	public static String AgreementCommand_stanceColumn;
	public static String AgreementCommand_credibilityColumn;
	public static String AgreementCommand_overall;
	public static String AgreementCommand_legend;
	public static String AgreementCommand_perDocument;
	public static String AgreementCommand_unmatched;
	public static String AgreementCommand_unmatchedItem;
	public static String AgreementCommand_undefined;
	public static String SyncCommand_help;
	public static String SyncCommand_shared;
	public static String SyncCommand_committed;
	public static String SyncCommand_notCommitted;
	public static String SyncCommand_received;
	public static String SyncCommand_sent;
	public static String SyncCommand_synchronized;
	public static String SyncCommand_noRemote;
	public static String SyncCommand_conflict;
	public static String SyncCommand_conflictAdvice;
	public static String CloneCommand_help;
	public static String CloneCommand_arguments;
	public static String CloneCommand_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
