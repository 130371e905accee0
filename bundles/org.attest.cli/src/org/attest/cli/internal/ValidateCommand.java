package org.attest.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attest.core.store.CorpusStore;
import org.attest.core.validation.LayerValidation;
import org.attest.model.AnnotationLayer;
import org.attest.model.Span;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code attest validate --corpus DIR}: validates every annotator's layer of every document; prints each
 * finding with the layer file and the span's offsets; exit 1 when there is an error.
 */
final class ValidateCommand {

	int run(List<String> args, PrintStream out) throws CommandLine.UsageException, IOException {
		CommandLine line = CommandLine.parse(args, Set.of("--corpus"), Set.of()); //$NON-NLS-1$
		CorpusStore store = CorpusStore.open(Path.of(line.required("--corpus"))); //$NON-NLS-1$
		int errors = 0;
		int warnings = 0;
		for (String id : store.documentIds()) {
			for (String annotator : store.annotatorsOf(id)) {
				AnnotationLayer layer = store.layer(id, annotator).orElseThrow();
				Diagnostic result = LayerValidation.validate(layer, store.corpus().getSchema());
				for (Diagnostic finding : result.getChildren()) {
					if (finding.getSeverity() == Diagnostic.ERROR) {
						errors++;
					} else if (finding.getSeverity() == Diagnostic.WARNING) {
						warnings++;
					} else {
						continue;
					}
					out.println(where(id, annotator, finding) + ": " + severity(finding) + ": " + finding.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			store.unloadDocument(id);
		}
		out.println(Messages.bind(Messages.ValidateCommand_summary, errors, warnings));
		return errors == 0 ? ExitCode.OK : ExitCode.INVALID;
	}

	private static String where(String documentId, String annotator, Diagnostic finding) {
		String file = CorpusStore.LAYERS_FOLDER + '/' + annotator + '/' + documentId + '.' + CorpusStore.FILE_EXTENSION;
		return finding.getData().stream().filter(Span.class::isInstance).map(Span.class::cast).findFirst()
				.map(span -> file + " [" + span.getBegin() + "-" + span.getEnd() + "]").orElse(file); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String severity(Diagnostic finding) {
		return finding.getSeverity() == Diagnostic.ERROR ? "error" : "warning"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
