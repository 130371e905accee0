package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attest.core.assignment.Assignments;
import org.attest.core.store.CorpusStore;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * {@code attest assign --corpus DIR --annotator NAME [--remove] (--all | DOC...)}: puts documents on an
 * annotator's worklist, or takes them off.
 */
final class AssignCommand {

	int run(List<String> args, PrintStream out, PrintStream err) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus", "--annotator"), Set.of("--remove", "--all")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		CorpusStore store = CorpusStore.open(Path.of(line.required("--corpus"))); //$NON-NLS-1$
		String annotator = line.required("--annotator"); //$NON-NLS-1$
		CorpusStore.requireSafeName(annotator);
		List<String> known = store.documentIds();
		List<String> documents = line.flag("--all") ? known : line.positionals(); //$NON-NLS-1$
		if (documents.isEmpty()) {
			throw new CommandLine.UsageException(Messages.AssignCommand_noDocuments);
		}
		List<String> unknown = documents.stream().filter(id -> !known.contains(id)).toList();
		if (!unknown.isEmpty()) {
			err.println(Messages.bind(Messages.AssignCommand_unknownDocuments, store.folder().resolve(CorpusStore.CORPUS_FILE),
					String.join(", ", unknown))); //$NON-NLS-1$
			return ExitCode.INVALID;
		}
		EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack(), store.resourceSet());
		boolean remove = line.flag("--remove"); //$NON-NLS-1$
		Command command = remove ? Assignments.unassign(domain, store.corpus(), annotator, documents)
				: Assignments.assign(domain, store.corpus(), annotator, documents);
		int before = Assignments.assignedTo(store.corpus(), annotator).size();
		domain.getCommandStack().execute(command);
		store.save();
		int after = Assignments.assignedTo(store.corpus(), annotator).size();
		out.println(Messages.bind(remove ? Messages.AssignCommand_removed : Messages.AssignCommand_assigned,
				new Object[] { Math.abs(after - before), annotator, after }));
		return ExitCode.OK;
	}
}
