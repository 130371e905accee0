package org.attest.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder export written as a temporary folder beside its target and renamed into place only when
 * complete, so a failed or cancelled export leaves the old target (or none), never a half-written folder.
 * An existing target is moved aside first and deleted once the new folder is in place. Close it after
 * {@link #commit()}, or without it to discard the temporary folder. File names may hold {@code /} to write
 * into subfolders.
 */
final class StagedFolder implements AutoCloseable {

	private final Path target;
	private final Path temp;
	/** Files opened for streaming and not closed yet; the folder closes them before it moves or deletes. */
	private final List<Writer> openFiles = new ArrayList<>();
	private boolean committed;

	StagedFolder(Path target) throws IOException {
		this.target = target.toAbsolutePath();
		Path parent = this.target.getParent();
		Files.createDirectories(parent);
		temp = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".exporting"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes one file of the export, UTF-8. */
	void write(String fileName, String content) throws IOException {
		Files.writeString(file(fileName), content, StandardCharsets.UTF_8);
	}

	/**
	 * Opens one file of the export for streaming, UTF-8; the folder closes it on {@link #commit()} or
	 * {@link #close()}, so a format can keep several files open while it walks the corpus once.
	 */
	Writer open(String fileName) throws IOException {
		// encodes as AtomicTextFile does (an unpaired surrogate becomes "?", where newBufferedWriter would throw)
		Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file(fileName)), StandardCharsets.UTF_8));
		openFiles.add(writer);
		return writer;
	}

	/** Puts the finished folder at the target, replacing what was there. */
	void commit() throws IOException {
		closeOpenFiles();
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
			try {
				closeOpenFiles();
			} finally {
				deleteTree(temp);
			}
		}
	}

	private Path file(String fileName) throws IOException {
		Path file = temp.resolve(fileName);
		Files.createDirectories(file.getParent());
		return file;
	}

	/** Closes every streamed file, all of them even when one fails; the first failure is thrown. */
	private void closeOpenFiles() throws IOException {
		IOException failure = null;
		for (Writer writer : openFiles) {
			try {
				writer.close();
			} catch (IOException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		openFiles.clear();
		if (failure != null) {
			throw failure;
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
