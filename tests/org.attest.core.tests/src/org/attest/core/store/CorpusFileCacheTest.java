package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.tests.LargeLayerCorpus;
import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Span;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFileCacheTest {

	private static final String DOCUMENT = "reservoir";
	private static final int CLAIMS = 300;

	@TempDir
	Path temp;

	private final List<CorpusFileCache> caches = new ArrayList<>();

	@AfterEach
	void waitForWrites() {
		// nothing written into the temporary folder after it is deleted
		caches.forEach(CorpusFileCache::awaitWrites);
	}

	private CorpusFileCache cache(long smallest, long limit) {
		CorpusFileCache cache = new CorpusFileCache(temp.resolve("cache"), smallest, limit, Duration.ZERO);
		caches.add(cache);
		return cache;
	}

	private Path corpus(String name) throws IOException {
		Path folder = temp.resolve(name);
		LargeLayerCorpus.create(folder, name, DOCUMENT, CLAIMS, claim -> claim.setCredibility("false"));
		return folder;
	}

	private static CorpusStore open(Path corpus, CorpusFileCache cache) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		store.useFileCache(cache);
		return store;
	}

	/** Reads the gold layer through a new store using the cache, and adopts it, so that its references resolve. */
	private static AnnotationLayer read(Path corpus, CorpusFileCache cache) throws IOException {
		CorpusStore store = open(corpus, cache);
		return store.adoptLayer(store.readLayer(DOCUMENT, CorpusStore.GOLD).orElseThrow());
	}

	/** The corpus "first", its gold layer read once through the cache and kept in it. */
	private Path corpusReadOnceThrough(CorpusFileCache cache) throws IOException {
		Path corpus = corpus("first");
		read(corpus, cache);
		cache.awaitWrites();
		return corpus;
	}

	private static Path layerFile(Path corpus) {
		return corpus.resolve(CorpusStore.LAYERS_FOLDER).resolve(CorpusStore.GOLD).resolve(DOCUMENT + '.' + CorpusStore.FILE_EXTENSION);
	}

	private List<Path> entries() throws IOException {
		Path folder = temp.resolve("cache");
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	/**
	 * Makes the layer file unreadable as XMI without changing its version (size and time of last change): a
	 * read that still gives the layer took it from the cache.
	 */
	private static void spoilKeepingVersion(Path file) throws IOException {
		FileTime modified = Files.getLastModifiedTime(file);
		byte[] garbage = new byte[(int) Files.size(file)];
		Arrays.fill(garbage, (byte) '#');
		Files.write(file, garbage);
		Files.setLastModifiedTime(file, modified);
	}

	private static List<String> describe(AnnotationLayer layer) {
		return Stream.of(layer.getClaims(), layer.getSourceMentions(), layer.getCues()).flatMap(List::stream).map(Span.class::cast)
				.map(span -> span.eClass().getName() + ' ' + span.getId() + ' ' + span.getBegin() + '-' + span.getEnd() + ' '
						+ span.getQuote() + ' ' + span.getPrefix() + '|' + span.getSuffix())
				.toList();
	}

	@Test
	void aLayerReadAgainComesFromTheCacheWholeAndWithItsReferences() throws IOException {
		Path corpus = corpus("first");
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		AnnotationLayer fromFile = read(corpus, cache);
		cache.awaitWrites();
		assertEquals(1, entries().size(), "the layer read from its file is kept");

		spoilKeepingVersion(layerFile(corpus));
		AnnotationLayer cached = read(corpus, cache);

		assertEquals(describe(fromFile), describe(cached));
		assertEquals(CLAIMS, cached.getClaims().size());
		Attribution attribution = cached.getAttributions().get(7);
		assertEquals(fromFile.getAttributions().get(7).getClaim().getId(), attribution.getClaim().getId());
		assertTrue(cached.getClaims().contains(attribution.getClaim()), "an attribution's claim is one of the layer's");
		assertEquals("Official Number " + 14 % 20, attribution.getSource().getName(), "the source resolves in the registry");
		assertEquals(DOCUMENT, cached.getDocument().getId());
		assertEquals("false", ((ClaimMention) cached.getClaims().get(0)).getCredibility());
		assertEquals(cached, cached.eResource().getEObject(cached.getClaims().get(3).getId()).eContainer(),
				"claims are found by id, as attributions written later refer to them");

		assertFalse(cached.eResource().isModified(), "as read");
		((ClaimMention) cached.getClaims().get(0)).setCredibility("true");
		assertTrue(cached.eResource().isModified(), "a change to an object inside is noted, as for a layer read from its file");
	}

	@Test
	void aDocumentReadAgainComesFromTheCache() throws IOException {
		Path corpus = corpus("first");
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		String text = open(corpus, cache).document(DOCUMENT).getText();
		cache.awaitWrites();

		spoilKeepingVersion(corpus.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(DOCUMENT + '.' + CorpusStore.FILE_EXTENSION));

		assertEquals(text, open(corpus, cache).document(DOCUMENT).getText());
	}

	@Test
	void aLayerFileChangedSinceIsReadFromTheFile() throws IOException {
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		Path corpus = corpusReadOnceThrough(cache);

		CorpusStore other = CorpusStore.open(corpus);
		AnnotationLayer layer = other.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		layer.getClaims().remove(1); // one no attribution refers to
		other.save();

		assertEquals(CLAIMS - 1, read(corpus, cache).getClaims().size());
	}

	@Test
	void anEntryThatDoesNotLoadIsDeletedAndTheFileRead() throws IOException {
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		Path corpus = corpusReadOnceThrough(cache);
		Path entry = entries().get(0);
		Files.write(entry, new byte[] { 1, 2, 3 });

		assertEquals(CLAIMS, read(corpus, cache).getClaims().size());
		cache.awaitWrites();
		assertTrue(Files.size(entry) > 3, "the broken entry was made again from the file");
	}

	@Test
	void aSavedLayerIsKept() throws IOException {
		Path corpus = corpus("first");
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		CorpusStore store = open(corpus, cache);
		AnnotationLayer layer = store.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		layer.getClaims().remove(1); // one no attribution refers to
		store.save();
		cache.awaitWrites();

		spoilKeepingVersion(layerFile(corpus));
		assertEquals(CLAIMS - 1, read(corpus, cache).getClaims().size());
	}

	@Test
	void smallLayersAreNotKept() throws IOException {
		Path corpus = corpus("first");
		CorpusFileCache cache = cache(Files.size(layerFile(corpus)) + 1, Long.MAX_VALUE);
		read(corpus, cache);
		cache.awaitWrites();

		assertEquals(List.of(), entries());
		spoilKeepingVersion(layerFile(corpus));
		assertThrows(CorpusStoreException.class, () -> read(corpus, cache), "read from the file");
	}

	@Test
	void theLeastRecentlyUsedGoBeyondTheLimit() throws IOException {
		Path first = corpus("first");
		Path second = corpus("second");
		CorpusFileCache measure = cache(0, Long.MAX_VALUE);
		read(first, measure);
		measure.awaitWrites();
		long entrySize = Files.size(entries().get(0));
		Files.delete(entries().get(0));

		CorpusFileCache cache = cache(0, entrySize * 3 / 2);
		read(first, cache);
		cache.awaitWrites();
		read(second, cache);
		cache.awaitWrites();

		assertEquals(1, entries().size(), "room for one");
		spoilKeepingVersion(layerFile(second));
		assertEquals(CLAIMS, read(second, cache).getClaims().size(), "the one read last is kept");
	}

	@Test
	void aCopiedCorpusReadsItsOwnFiles() throws IOException {
		Path corpus = corpus("first");
		Path copy = temp.resolve("copy");
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(corpus.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		CorpusFileCache cache = cache(0, Long.MAX_VALUE);
		read(corpus, cache);
		cache.awaitWrites();

		AnnotationLayer layer = read(copy, cache);

		Resource document = layer.getDocument().eResource();
		assertTrue(document.getURI().toFileString().startsWith(copy.toString()), document.getURI().toString());
		assertTrue(layer.getAttributions().get(0).getSource().eResource().getURI().toFileString().startsWith(copy.toString()));
	}
}
