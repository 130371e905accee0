package org.attest.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file export written beside its target and moved over it only when complete, so a failed or cancelled
 * export leaves the old target (or none), never a half-written one. Close it after {@link #commit()}, or
 * without it to discard the temporary file.
 */
final class StagedFile implements AutoCloseable {

	private final Path target;
	private final Path temp;
	private final BufferedWriter writer;
	private boolean committed;

	StagedFile(Path target) throws IOException {
		this.target = target.toAbsolutePath();
		Path folder = this.target.getParent();
		Files.createDirectories(folder);
		temp = Files.createTempFile(folder, "." + this.target.getFileName(), ".exporting"); //$NON-NLS-1$ //$NON-NLS-2$
		writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
	}

	/** Where the content goes: UTF-8; callers write LF line ends themselves. */
	Writer writer() {
		return writer;
	}

	/** Moves the finished file over the target. */
	void commit() throws IOException {
		writer.close();
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
		committed = true;
	}

	@Override
	public void close() throws IOException {
		if (!committed) {
			try {
				writer.close();
			} finally {
				Files.deleteIfExists(temp);
			}
		}
	}
}
