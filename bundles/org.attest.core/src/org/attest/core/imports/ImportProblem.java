package org.attest.core.imports;

import java.nio.file.Path;

/**
 * Why a file, or part of it, was not imported. {@code line} is the 1-based line of the problem; below 1 (0 or
 * -1) the problem concerns the whole file; the message is user-visible and self-contained (it names the file).
 */
public record ImportProblem(Path file, int line, String message) {

	/** As compilers and editors print a place in a file: {@code file:line: message}, or {@code file: message}. */
	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
