package org.attest.core.imports;

import java.nio.file.Path;
import java.util.List;

/** What importing one file did: the ids of the documents it added and the problems it met. */
public record ImportResult(Path file, List<String> documentIds, List<ImportProblem> problems) {
}
