package org.attest.core.imports;

import java.nio.file.Path;

/**
 * Why one line (or, with line 0, a whole file) was not imported, in the words of the importer; the line is
 * 1-based, as editors count.
 */
public record ImportProblem(Path file, int line, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
