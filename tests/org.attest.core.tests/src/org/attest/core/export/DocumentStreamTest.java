package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk over a corpus that every export makes: documents read ahead by several threads, visited in corpus
 * order on the calling thread.
 */
class DocumentStreamTest {

	/**
	 * Not in name order, so that a walk in name or file order shows. Every third document has a layer of
	 * {@value #LONG_LAYER} cues, the others one cue or no layer, so that the documents after a long one are read
	 * before it.
	 */
	private static final List<String> IDS = List.of("m0", "k1", "z2", "a3", "q4", "b5", "y6", "c7", "x8", "d9", "w10",
			"e11", "v12", "f13", "u14", "g15", "t16", "h17", "s18", "i19", "r20", "j21", "p22", "l23");
	private static final int LONG_LAYER = 3_000;

	@TempDir
	Path folder;

	/** Documents "id: text of id" with a gold layer of as many cues as {@link #cues} gives, saved and then opened afresh. */
	private CorpusStore corpus() throws IOException {
		AttestFactory f = AttestFactory.eINSTANCE;
		CorpusStore store = CorpusStore.create(folder, "stream", DefaultLabelSchema.create());
		for (String id : IDS) {
			Document document = f.createDocument();
			document.setId(id);
			document.setText(id + ": text of " + id);
			store.addDocument(document);
			if (cues(id) > 0) {
				AnnotationLayer layer = store.layerFor(id, CorpusStore.GOLD);
				for (int i = 0; i < cues(id); i++) {
					Cue cue = f.createCue();
					cue.setBegin(0);
					cue.setEnd(id.length());
					layer.getCues().add(cue);
				}
			}
		}
		store.save();
		return CorpusStore.open(folder);
	}

	/** Every third document: a long layer; of the others, every other one: a single cue, or no layer. */
	private static int cues(String id) {
		int n = IDS.indexOf(id);
		return n % 3 == 0 ? LONG_LAYER : n % 2;
	}

	@Test
	void documentsAreVisitedInCorpusOrderWithTheirOwnLayers() throws IOException {
		CorpusStore store = corpus();
		List<String> visited = new ArrayList<>();

		DocumentStream.forEach(store, CorpusStore.GOLD, new NullProgressMonitor(), item -> {
			String id = item.document().getId();
			visited.add(id);
			assertEquals(id + ": text of " + id, item.document().getText());
			assertEquals(cues(id), item.layer().map(layer -> layer.getCues().size()).orElse(0), id);
			item.layer().ifPresent(layer -> assertSame(item.document(), layer.getDocument(), id));
		});

		assertEquals(IDS, visited);
		assertFalse(store.holdsDocuments(), "the walk leaves nothing loaded in the store");
	}

	@Test
	void aWalkThatIsCancelledStopsTheReadersAndTheExportLeavesNoFile() throws IOException {
		CorpusStore store = corpus();
		Path target = folder.resolve("out").resolve("corpus.jsonl");
		List<String> visited = new ArrayList<>();
		NullProgressMonitor cancelAtTheFifthDocument = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				visited.add(name);
				if (visited.size() == 5) {
					setCanceled(true);
				}
			}
		};

		assertThrows(OperationCanceledException.class,
				() -> new JsonlExporter().export(store, ExportOptions.defaults(), target, cancelAtTheFifthDocument));

		assertEquals(IDS.subList(0, 5), visited);
		try (Stream<Path> files = Files.list(target.getParent())) {
			assertEquals(List.of(), files.toList());
		}
		assertNoReaderThreadIsLeft();
	}

	@Test
	void aBrokenDocumentEndsTheWalkWithTheStoresErrorAfterTheDocumentsBeforeIt() throws IOException {
		CorpusStore store = corpus();
		Path broken = folder.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve("q4.attest");
		Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<attest:Document xmlns:attest=\"urn:attest:model:1.0\" id=\"q4\">\n  <text>q4: text\n");
		List<String> visited = new ArrayList<>();

		CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> DocumentStream.forEach(store,
				CorpusStore.GOLD, new NullProgressMonitor(), item -> visited.add(item.document().getId())));

		assertEquals(List.of("m0", "k1", "z2", "a3"), visited);
		assertTrue(error.getMessage().startsWith("Cannot read " + broken + ": line "), error.getMessage());
		CorpusStoreException fromTheStore = assertThrows(CorpusStoreException.class,
				() -> CorpusStore.open(folder).document("q4"));
		assertEquals(fromTheStore.getMessage(), error.getMessage(), "the error the store gives when asked for the document");
		assertNoReaderThreadIsLeft();

		Path target = folder.resolve("out").resolve("corpus.jsonl");
		assertThrows(CorpusStoreException.class,
				() -> new JsonlExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor()));
		try (Stream<Path> files = Files.list(target.getParent())) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void aStoreHoldingDocumentsIsWalkedThroughWhatItHolds() throws IOException {
		CorpusStore store = corpus();
		store.document("k1").setText("k1: changed, not saved");
		List<String> texts = new ArrayList<>();

		DocumentStream.forEach(store, CorpusStore.GOLD, new NullProgressMonitor(),
				item -> texts.add(item.document().getText()));

		assertEquals("k1: changed, not saved", texts.get(1));
		assertEquals("z2: text of z2", texts.get(2));
		assertEquals(IDS.size(), texts.size());
	}

	/** The reading threads end with the walk; waiting for them is waiting for a condition, not for a time. */
	private static void assertNoReaderThreadIsLeft() {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().equals("Attest document reader")) {
				try {
					thread.join(10_000);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				assertFalse(thread.isAlive(), "a reading thread is still running");
			}
		}
	}
}
