package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attest.core.store.CorpusStore;
import org.attest.core.team.CloneCorpusOperation;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code attest clone URL DIR}: clones the team's shared corpus into a new or empty folder. */
final class CloneCommand {

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of(), Set.of());
		if (line.positionals().size() != 2) {
			throw new CommandLine.UsageException(Messages.CloneCommand_arguments);
		}
		String remote = line.positionals().get(0);
		Path folder = Path.of(line.positionals().get(1));
		new CloneCorpusOperation(remote, folder).execute(new NullProgressMonitor());
		int documents = CorpusStore.open(folder).documentIds().size();
		out.println(Messages.bind(Messages.CloneCommand_done, new Object[] { remote, folder, documents }));
		return ExitCode.OK;
	}
}
