package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attest.core.team.ChangedFile;
import org.attest.core.team.CorpusRepository;
import org.attest.core.team.ShareCorpusOperation;
import org.attest.core.team.SynchronizeOperation;
import org.attest.core.team.SynchronizeResult;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code attest sync --corpus DIR [--annotator NAME] [--remote URL] [--message TEXT]}: commits the annotator's
 * layers and changed shared files, merges the team's remote and pushes. {@code --remote} records the remote
 * first, sharing the folder as a Git repository when it is not one yet.
 */
final class SyncCommand {

	/** The annotator when {@code --annotator} is not given: the workbench's system property, else the login name. */
	static final String ANNOTATOR_PROPERTY = "attest.annotator"; //$NON-NLS-1$

	int run(List<String> args, PrintStream out, PrintStream err) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus", "--annotator", "--remote", "--message"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException(Messages.bind(Messages.CommandLine_unexpectedArgument, line.positionals().get(0)));
		}
		Path corpus = Path.of(line.required("--corpus")); //$NON-NLS-1$
		String annotator = line.option("--annotator") //$NON-NLS-1$
				.orElse(System.getProperty(ANNOTATOR_PROPERTY, System.getProperty("user.name"))); //$NON-NLS-1$
		Optional<String> remote = line.option("--remote"); //$NON-NLS-1$
		if (remote.isPresent()) {
			if (!CorpusRepository.isShared(corpus)) {
				ShareCorpusOperation.ShareResult shared = new ShareCorpusOperation(corpus, annotator, Optional.empty())
						.execute(new NullProgressMonitor());
				out.println(Messages.bind(Messages.SyncCommand_shared, corpus, shared.commit().orElse("-"))); //$NON-NLS-1$
			}
			CorpusRepository.setRemote(corpus, remote.get());
		}
		SynchronizeResult result = new SynchronizeOperation(corpus, annotator, line.option("--message").orElse(null)) //$NON-NLS-1$
				.execute(new NullProgressMonitor());
		report(result, corpus, annotator, out, err);
		return result.outcome() == SynchronizeResult.Outcome.CONFLICT ? ExitCode.INVALID : ExitCode.OK;
	}

	private static void report(SynchronizeResult result, Path corpus, String annotator, PrintStream out, PrintStream err) {
		// MessageFormat rather than NLS.bind: these messages choose between "1 file" and "2 files"
		result.commit().ifPresent(commit -> out.println(MessageFormat.format(Messages.SyncCommand_committed,
				Integer.valueOf(result.committed().size()), annotator, commit)));
		for (String path : result.notCommitted()) {
			out.println(Messages.bind(Messages.SyncCommand_notCommitted, path));
		}
		for (ChangedFile file : result.incoming()) {
			out.println(Messages.bind(Messages.SyncCommand_received, file));
		}
		for (ChangedFile file : result.outgoing()) {
			out.println(Messages.bind(Messages.SyncCommand_sent, file));
		}
		switch (result.outcome()) {
		case SYNCHRONIZED -> out.println(MessageFormat.format(Messages.SyncCommand_synchronized, corpus.toString(),
				CorpusRepository.REMOTE, Integer.valueOf(result.incoming().size()), Integer.valueOf(result.outgoing().size())));
		case COMMITTED_LOCALLY -> out.println(Messages.bind(Messages.SyncCommand_noRemote, corpus));
		case CONFLICT -> {
			for (String path : result.conflicts()) {
				err.println(Messages.bind(Messages.SyncCommand_conflict, path));
			}
			err.println(Messages.bind(Messages.SyncCommand_conflictAdvice, corpus, CorpusRepository.REMOTE));
		}
		}
	}
}
