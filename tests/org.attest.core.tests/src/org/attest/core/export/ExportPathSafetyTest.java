package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports name files after document ids (brat writes {@code <id>.txt} and {@code <id>.ann}). A document file
 * whose id would lead elsewhere ("../../escape") stops the export with an error naming the file, and nothing
 * is written outside the target, nor at the target.
 */
class ExportPathSafetyTest {

	@TempDir
	Path temp;

	@Test
	void aDocumentIdThatWouldLeaveTheTargetStopsTheExport() throws IOException {
		CorpusStore corpus = SampleCopy.open(temp);
		Path document = corpus.folder().resolve("documents/riverton-dam-delay.attest");
		Files.writeString(document, Files.readString(document, StandardCharsets.UTF_8).replace("id=\"riverton-dam-delay\"",
				"id=\"../../escape\""), StandardCharsets.UTF_8);
		List<Path> before = filesUnder(temp);
		Path target = temp.resolve("exports/brat");

		CorpusStoreException refused = assertThrows(CorpusStoreException.class,
				() -> new BratExporter().export(CorpusStore.open(corpus.folder()), ExportOptions.defaults(), target, new NullProgressMonitor()));

		assertEquals(document + " holds the document '../../escape', not 'riverton-dam-delay': a document file must be named "
				+ "after its document's id", refused.getMessage());
		assertFalse(Files.exists(target));
		assertEquals(before, filesUnder(temp));
	}

	private static List<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
