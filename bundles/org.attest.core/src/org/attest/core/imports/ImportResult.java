package org.attest.core.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What importing one file did: the ids of the documents it added, in file order, and the problems of the
 * lines or documents it skipped. A file with problems still imports its good parts.
 */
public record ImportResult(Path file, List<String> importedIds, List<ImportProblem> problems) {

	public ImportResult {
		importedIds = List.copyOf(importedIds);
		problems = List.copyOf(problems);
	}

	/** Whether every document of the file was imported. */
	public boolean isClean() {
		return problems.isEmpty();
	}
}
