package org.attest.core.imports;

import java.nio.file.Path;

/**
 * Why a file, or part of it, was not imported. {@code line} is the 1-based line of the problem, or -1 when the
 * problem concerns the whole file; the message is user-visible and self-contained (it names the file).
 */
public record ImportProblem(Path file, int line, String message) {
}
