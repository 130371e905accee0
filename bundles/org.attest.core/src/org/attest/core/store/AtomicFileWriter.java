package org.attest.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file all at once: the new content is written beside the target, forced to disk, then renamed
 * over it. A crash or failure at any moment leaves either the old file or the new one, never a torn file.
 */
public class AtomicFileWriter {

	/** Suffix of the file written beside the target before the rename. */
	static final String TEMP_SUFFIX = ".saving"; //$NON-NLS-1$

	/** Writes {@code content} to {@code target}, creating parent folders as needed. */
	public void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve(target.getFileName() + TEMP_SUFFIX);
		try {
			try (OutputStream out = open(temp)) {
				out.write(content);
			}
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		forceFolder(folder);
	}

	/**
	 * Deletes the files that writes interrupted by a crash left in {@code folder} (not in its subfolders).
	 * Nothing reads them, but they would clutter the folder and a Git commit of it. A folder that cannot be
	 * changed (a read-only copy) keeps them, harmlessly.
	 */
	static void deleteUnfinished(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX)) { //$NON-NLS-1$
			for (Path temp : unfinished) {
				try {
					Files.deleteIfExists(temp);
				} catch (FileSystemException e) {
					// a read-only folder: the file stays, and is still never read
				}
			}
		}
	}

	/** Opens the stream the new content goes to; tests override it to fail part-way. */
	protected OutputStream open(Path temp) throws IOException {
		return Files.newOutputStream(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE);
	}

	/** Makes the rename itself durable; not every file system lets a folder be opened, which is harmless. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// the rename happened; only its durability across a power cut is less certain here
		}
	}
}
