package org.attest.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.attest.core.imports.ImportProblem;
import org.attest.core.imports.ImportResult;
import org.attest.core.store.CorpusStore;
import org.attest.model.AttestFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * An empty corpus that every fuzz input is imported into afresh, and the checks every import must pass. Each
 * input gets the corpus as first created, so inputs never accumulate documents and one input's outcome never
 * depends on another's.
 */
final class FuzzCorpus {

	private final Path folder;
	private final Path inbox;
	private final byte[] emptyCorpusFile;

	FuzzCorpus(Path temp) throws IOException {
		folder = temp.resolve("corpus");
		inbox = Files.createDirectories(temp.resolve("inbox"));
		// no labels: the importers do not read them, and a small corpus file is quicker to open for every input
		CorpusStore.create(folder, "Fuzz", AttestFactory.eINSTANCE.createLabelSchema());
		emptyCorpusFile = Files.readAllBytes(folder.resolve(CorpusStore.CORPUS_FILE));
	}

	/** The corpus as created: empty, whatever the previous input added and saved. */
	CorpusStore open() throws IOException {
		deleteContents(folder.resolve(CorpusStore.DOCUMENTS_FOLDER));
		deleteContents(folder.resolve(CorpusStore.LAYERS_FOLDER));
		Files.write(folder.resolve(CorpusStore.CORPUS_FILE), emptyCorpusFile);
		return CorpusStore.open(folder);
	}

	Path folder() {
		return folder;
	}

	/** Writes the input as the file to import. */
	Path write(String name, byte[] content) throws IOException {
		return Files.write(inbox.resolve(name), content);
	}

	/**
	 * What importing a one-article file ({@code .txt}, {@code .html}) must give, whatever it holds: either its
	 * one document, or no document and the problems saying why; then as {@link #checkImported}.
	 */
	static void checkImportedOneArticle(CorpusStore store, Path file, ImportResult result) throws IOException {
		boolean imported = result.documentIds().size() == 1 && result.problems().isEmpty();
		boolean refused = result.documentIds().isEmpty() && !result.problems().isEmpty();
		assertTrue(imported || refused, result::toString);
		checkImported(store, file, result);
	}

	/**
	 * What importing {@code file} must give, whatever it holds: a result for that file whose problems are about
	 * that file and say something; and every document and layer added saves and reads back equal, so nothing
	 * imported is lost on the way to disk.
	 */
	static void checkImported(CorpusStore store, Path file, ImportResult result) throws IOException {
		assertEquals(file, result.file());
		for (ImportProblem problem : result.problems()) {
			assertEquals(file, problem.file(), problem::toString);
			assertFalse(problem.message() == null || problem.message().isBlank(), problem::toString);
		}
		if (result.documentIds().isEmpty()) {
			return;
		}
		store.save();
		CorpusStore reopened = CorpusStore.open(store.folder());
		assertEquals(store.documentIds(), reopened.documentIds());
		for (String id : result.documentIds()) {
			assertTrue(EcoreUtil.equals(store.document(id), reopened.document(id)), () -> id + " reads back different");
			for (String annotator : reopened.annotatorsOf(id)) {
				assertTrue(EcoreUtil.equals(store.layer(id, annotator).orElseThrow(), reopened.layer(id, annotator).orElseThrow()),
						() -> annotator + "'s layer of " + id + " reads back different");
			}
		}
	}

	private static void deleteContents(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(folder)) {
					Files.delete(path);
				}
			}
		}
	}
}
