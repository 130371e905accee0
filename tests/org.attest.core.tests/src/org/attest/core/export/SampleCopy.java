package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;

/** Opens a private copy of the read-only sample corpus, for tests whose export lands beside it. */
public final class SampleCopy {

	private SampleCopy() {
	}

	public static CorpusStore open(Path folder) throws IOException {
		Path samples = Path.of(System.getProperty("attest.samples"));
		Path copy = folder.resolve("samples");
		try (Stream<Path> paths = Files.walk(samples)) {
			for (Path path : paths.toList()) {
				Path to = copy.resolve(samples.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(to);
				} else {
					Files.copy(path, to);
				}
			}
		}
		return CorpusStore.open(copy);
	}
}
