package org.attest.core.imports;

import java.nio.file.Path;
import java.util.List;

/** The two usual outcomes of importing a one-document file. */
final class ImportResults {

	private ImportResults() {
	}

	/** A file that added the one document {@code documentId}. */
	static ImportResult imported(Path file, String documentId) {
		return new ImportResult(file, List.of(documentId), List.of());
	}

	/** A file that added nothing, for one reason. */
	static ImportResult failed(ImportProblem problem) {
		return new ImportResult(problem.file(), List.of(), List.of(problem));
	}

	/** A file that added nothing, for one reason. */
	static ImportResult failed(Path file, int line, String message) {
		return failed(new ImportProblem(file, line, message));
	}
}
