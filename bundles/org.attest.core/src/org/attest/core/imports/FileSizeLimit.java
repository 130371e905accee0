package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * The largest article file an importer reads: a news article is a few kilobytes, so anything this large is a
 * mistake (a dump, a video) that would only exhaust memory.
 */
public final class FileSizeLimit {

	/** 50 MB. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	private FileSizeLimit() {
	}

	/** A problem when the file is larger than {@link #MAX_BYTES}. */
	static Optional<ImportProblem> check(Path file) throws IOException {
		long size = Files.size(file);
		if (size <= MAX_BYTES) {
			return Optional.empty();
		}
		return Optional.of(new ImportProblem(file, -1,
				NLS.bind(Messages.FileSizeLimit_tooLarge, new Object[] { file, size / (1024 * 1024), MAX_BYTES / (1024 * 1024) })));
	}
}
