package org.attest.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder export written as a temporary folder beside its target and renamed into place only when
 * complete, so a failed or cancelled export leaves the old target (or none), never a half-written folder.
 * An existing target is moved aside first and deleted once the new folder is in place. Close it after
 * {@link #commit()}, or without it to discard the temporary folder.
 */
final class StagedFolder implements AutoCloseable {

	private final Path target;
	private final Path temp;
	private boolean committed;

	StagedFolder(Path target) throws IOException {
		this.target = target.toAbsolutePath();
		Path parent = this.target.getParent();
		Files.createDirectories(parent);
		temp = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".exporting"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes one file of the export, UTF-8. */
	void write(String fileName, String content) throws IOException {
		Files.writeString(temp.resolve(fileName), content, StandardCharsets.UTF_8);
	}

	/** Puts the finished folder at the target, replacing what was there. */
	void commit() throws IOException {
		Path old = null;
		if (Files.exists(target)) {
			old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.delete(old);
			Files.move(target, old);
		}
		Files.move(temp, target);
		committed = true;
		if (old != null) {
			deleteTree(old);
		}
	}

	@Override
	public void close() throws IOException {
		if (!committed) {
			deleteTree(temp);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
