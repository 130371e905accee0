package org.attest.core.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders in the folder the system property {@code attest.fuzz.tmpdir} names (the build sets
 * /dev/shm, a file system in memory, where the machine has it), else in the usual place. Every fuzz input
 * saves a corpus, and on disk the atomic saves' {@code fsync}s would take most of each input's time. Only
 * data goes there, no libraries, so a {@code noexec} mount is fine.
 */
public final class InMemoryTempDirFactory implements TempDirFactory {

	@Override
	public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
			throws IOException {
		String parent = System.getProperty("attest.fuzz.tmpdir", "");
		if (!parent.isBlank() && Files.isDirectory(Path.of(parent)) && Files.isWritable(Path.of(parent))) {
			return Files.createTempDirectory(Path.of(parent), "attest-fuzz");
		}
		return Files.createTempDirectory("attest-fuzz");
	}
}
