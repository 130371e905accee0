package org.attest.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a corpus's files: as a document file, as a layer file and as a corpus file, each either loads
 * or is refused with a {@link CorpusStoreException} naming the file; the documents a corpus file lists load or
 * are refused too. Seeds: the sample corpus's files.
 */
class CorpusLoaderFuzzTest {

	private static final String ID = "fuzz";
	private static final String ANNOTATOR = "ana";

	@TempDir(factory = InMemoryTempDirFactory.class)
	static Path temp;
	private static FuzzCorpus corpus;

	@BeforeAll
	static void createCorpus() throws IOException {
		corpus = new FuzzCorpus(temp);
	}

	@FuzzTest
	void loadsOrRefuses(byte[] content) throws IOException {
		CorpusStore store = corpus.open();
		Path document = write(corpus.folder().resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(ID + ".attest"), content);
		Path layer = write(corpus.folder().resolve(CorpusStore.LAYERS_FOLDER).resolve(ANNOTATOR).resolve(ID + ".attest"), content);
		try {
			store.document(ID);
		} catch (CorpusStoreException e) {
			assertNames(document, e);
		}
		try {
			store.layer(ID, ANNOTATOR);
		} catch (CorpusStoreException e) {
			assertNames(layer, e);
		}

		Path other = temp.resolve("other");
		Path corpusFile = write(other.resolve(CorpusStore.CORPUS_FILE), content);
		CorpusStore opened;
		try {
			opened = CorpusStore.open(other);
		} catch (CorpusStoreException e) {
			assertNames(corpusFile, e);
			return;
		}
		for (String id : opened.documentIds()) {
			try {
				opened.document(id);
			} catch (CorpusStoreException | NoSuchFileException e) {
				// a listed document that is not there, or an id that cannot be a file name: refused, as it should be
			}
		}
	}

	private static Path write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

	private static void assertNames(Path file, CorpusStoreException e) {
		assertTrue(e.getMessage().contains(file.toString()), () -> "the error does not name " + file + ": " + e.getMessage());
	}
}
