package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attest.core.imports.CorpusImport;
import org.attest.core.imports.ImportProblem;
import org.attest.core.imports.ImportResult;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code attest import --corpus DIR [--annotator NAME] PATH...}: imports articles, creating the corpus if absent. */
final class ImportCommand {

	int run(List<String> args, PrintStream out, PrintStream err) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus", "--annotator"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = Path.of(line.required("--corpus")); //$NON-NLS-1$
		if (line.positionals().isEmpty()) {
			throw new CommandLine.UsageException(Messages.ImportCommand_noPaths);
		}
		String annotator = line.option("--annotator").orElse(CorpusStore.GOLD); //$NON-NLS-1$
		CorpusStore store = Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE)) ? CorpusStore.open(folder)
				: CorpusStore.create(folder, folder.toAbsolutePath().getFileName().toString(), DefaultLabelSchema.create());
		List<Path> paths = line.positionals().stream().map(Path::of).toList();
		List<ImportResult> results = new CorpusImport().run(store, paths, annotator, new NullProgressMonitor());
		int documents = 0;
		int problems = 0;
		for (ImportResult result : results) {
			documents += result.documentIds().size();
			for (String id : result.documentIds()) {
				out.println(Messages.bind(Messages.ImportCommand_imported, result.file(), id));
			}
			for (ImportProblem problem : result.problems()) {
				problems++;
				err.println(problem);
			}
		}
		store.save();
		out.println(Messages.bind(Messages.ImportCommand_summary, new Object[] { documents, problems, folder }));
		return problems == 0 ? ExitCode.OK : ExitCode.INVALID;
	}
}
