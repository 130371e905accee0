package org.attest.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusImportTest {

	@TempDir
	Path temp;
	private CorpusStore store;
	private Path inbox;

	@BeforeEach
	void createCorpus() throws IOException {
		store = CorpusStore.create(temp.resolve("corpus"), "Imports", DefaultLabelSchema.create());
		inbox = Files.createDirectories(temp.resolve("inbox"));
	}

	@Test
	void badFilesNeverStopTheBatch() throws IOException {
		Files.writeString(inbox.resolve("a-good.txt"), "First\n\nOne.\n");
		Files.write(inbox.resolve("b-latin1.txt"), new byte[] { 'N', 'a', (byte) 0xEF, 'v', 'e' });
		Path sub = Files.createDirectories(inbox.resolve("c-more"));
		Files.writeString(sub.resolve("page.html"), "<html><body><article><p>Two.</p></article></body></html>");
		Files.write(sub.resolve("binary.txt"), new byte[] { 'G', 'I', 'F', 0, 1 });
		Files.writeString(sub.resolve("z-last.htm"), "<html><body><main><p>Three.</p></main></body></html>");
		Files.writeString(sub.resolve("picture.jpg"), "not imported: no importer for .jpg");
		Files.writeString(inbox.resolve(".hidden.txt"), "not imported: hidden");

		List<ImportResult> results = new CorpusImport().run(store, List.of(inbox), "ana", new NullProgressMonitor());

		assertEquals(List.of("a-good", "page", "z-last"), store.documentIds());
		assertEquals(List.of(inbox.resolve("a-good.txt"), inbox.resolve("b-latin1.txt"), sub.resolve("binary.txt"),
				sub.resolve("page.html"), sub.resolve("z-last.htm")), results.stream().map(ImportResult::file).toList());
		List<ImportProblem> problems = results.stream().flatMap(r -> r.problems().stream()).toList();
		assertEquals(List.of(inbox.resolve("b-latin1.txt"), sub.resolve("binary.txt")),
				problems.stream().map(ImportProblem::file).toList());
		assertTrue(problems.get(0).message().contains("byte offset 2"), problems.get(0).message());
		assertTrue(problems.get(1).message().contains("byte offset 3"), problems.get(1).message());
	}

	@Test
	void everyImportedFileIsSavedAtOnce() throws IOException {
		Path good = Files.writeString(inbox.resolve("saved.txt"), "Saved\n\nText.\n");

		new CorpusImport().run(store, List.of(good), "ana", null);

		assertFalse(store.isDirty());
		CorpusStore reopened = CorpusStore.open(store.folder());
		assertEquals(List.of("saved"), reopened.documentIds());
		assertEquals("Saved\n\nText.\n", reopened.document("saved").getText());
	}

	@Test
	void explicitFilesOfUnknownTypeAndMissingPathsAreReported() throws IOException {
		Path csv = Files.writeString(inbox.resolve("table.csv"), "a,b\n");
		Path missing = inbox.resolve("missing.txt");

		List<ImportResult> results = new CorpusImport().run(store, List.of(csv, missing), "ana", null);

		assertEquals(2, results.size());
		assertTrue(results.get(0).problems().get(0).message().contains("cannot import this type"));
		assertTrue(results.get(1).problems().get(0).message().contains("no such file"));
		assertEquals(List.of(), store.documentIds());
	}

	@Test
	void registeredImportersTakeTheirExtensionAndTheirFailuresStayTheirFile() throws IOException {
		Files.writeString(inbox.resolve("a.jsonl"), "{}\n");
		Files.writeString(inbox.resolve("b.txt"), "Title\n\nBody.\n");
		Importer failing = (corpus, file, annotator) -> {
			throw new IllegalStateException("broken importer");
		};

		List<ImportResult> results = new CorpusImport().register("JSONL", failing).run(store, List.of(inbox), "ana", null);

		assertTrue(results.get(0).problems().get(0).message().contains("broken importer"));
		assertEquals(List.of("b"), results.get(1).documentIds());
	}

	@Test
	void cancellingStopsBeforeTheNextFileAndKeepsWhatWasImported() throws IOException {
		Files.writeString(inbox.resolve("1.txt"), "One\n\nText.\n");
		Files.writeString(inbox.resolve("2.txt"), "Two\n\nText.\n");
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<Path> seen = new ArrayList<>();
		CorpusImport cancelAfterFirst = new CorpusImport().register("txt", (corpus, file, annotator) -> {
			seen.add(file);
			monitor.setCanceled(true);
			return new TextImporter().importFile(corpus, file, annotator);
		});

		assertThrows(OperationCanceledException.class, () -> cancelAfterFirst.run(store, List.of(inbox), "ana", monitor));

		assertEquals(List.of(inbox.resolve("1.txt")), seen);
		assertEquals(List.of("1"), CorpusStore.open(store.folder()).documentIds());
	}
}
