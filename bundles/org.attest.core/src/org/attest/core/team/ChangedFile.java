package org.attest.core.team;

import java.util.Optional;

/**
 * A corpus file that a synchronization brought in or sent out.
 *
 * @param path the file's path in the corpus, '/' separated
 * @param change how it changed
 */
public record ChangedFile(String path, Change change) {

	/** How a file changed between two versions of the corpus. */
	public enum Change {
		ADDED, MODIFIED, DELETED
	}

	/** The annotator whose layer this is, or empty for a shared file. */
	public Optional<String> layerOwner() {
		return CorpusRepository.layerOwner(path);
	}

	@Override
	public String toString() {
		return path + " (" + change.name().toLowerCase(java.util.Locale.ROOT) + ')'; //$NON-NLS-1$
	}
}
