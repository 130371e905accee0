package org.attest.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Streams an export into a UTF-8 text file beside its target ({@code <name>.exporting}) and moves it over the
 * target only once it is complete and on disk. An export that fails or is cancelled part-way deletes that file,
 * so the target is the previous file or the new one, never a half-written one, while the content itself never
 * has to fit in memory.
 */
final class AtomicTextFile {

	/** Suffix of the file written beside the target before the move. */
	static final String TEMP_SUFFIX = ".exporting"; //$NON-NLS-1$

	/** What writes the content; everything it writes goes to the temporary file. */
	interface Content {
		void writeTo(Writer out) throws IOException;
	}

	private AtomicTextFile() {
	}

	/** Writes {@code content} to {@code target}, creating parent folders as needed. */
	static void write(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve(target.getFileName() + TEMP_SUFFIX);
		try {
			try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
					Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
				content.writeTo(out);
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
	}
}
