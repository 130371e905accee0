package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.attest.core.curation.Rejections;
import org.attest.core.export.SampleCopy;
import org.attest.core.tests.NetworkTrap;
import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus files that someone else wrote (a teammate's push, a corpus downloaded from the web) are read as
 * untrusted: no XML entity is expanded or fetched, no reference or namespace makes Attest open a URL or a
 * file outside the corpus or load a class, and a file holding something else than its name says is refused,
 * always with a {@link CorpusStoreException} that names the file.
 */
class HostileCorpusFilesTest {

	static final AtomicBoolean CANARY_INITIALIZED = new AtomicBoolean();

	private static final String ID = "riverton-dam-delay";
	private static final String CORPUS = "corpus.attest";
	private static final String DOCUMENT = "documents/" + ID + ".attest";
	private static final String LAYER = "layers/gold/" + ID + ".attest";
	private static final String SECRET = "SECRET-7f3a-NOT-FOR-CORPUS-FILES";

	@TempDir
	Path temp;
	private Path corpus;
	private Path secret;
	private NetworkTrap trap;

	@BeforeEach
	void copySamplesAndOpenTheTrap() throws IOException {
		corpus = SampleCopy.open(temp).folder();
		secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
		trap = new NetworkTrap();
	}

	@AfterEach
	void closeTheTrap() throws IOException {
		trap.close();
	}

	/** The three kinds of corpus file, and where each can carry text: an attribute or the document's text. */
	static Stream<Arguments> files() {
		return Stream.of(Arguments.of(CORPUS, "name=\"Attest sample corpus\"", "name=\"&x;\""),
				Arguments.of(DOCUMENT, "<text>", "<text>&x;"),
				Arguments.of(LAYER, "annotator=\"gold\"", "annotator=\"&x;\""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void anExternalEntityIsNeverRead(String file, String text, String withEntity) throws Exception {
		String doctype = "<!DOCTYPE x [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>";

		CorpusStoreException refused = refusedWith(file, doctype, text, withEntity);

		assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void entitiesAreNotExpanded(String file, String text, String withEntity) throws Exception {
		// "billion laughs": ten levels of ten references, 10^9 copies of "lol" if expanded
		StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
		for (int level = 1; level <= 9; level++) {
			doctype.append("<!ENTITY l").append(level).append(" \"").append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("<!ENTITY x \"&l9;\">]>");

		refusedWith(file, doctype.toString(), text, withEntity);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void anExternalDtdIsNeverFetched(String file, String text, String withEntity) throws Exception {
		String doctype = "<!DOCTYPE x SYSTEM \"" + trap.url("/attest.dtd") + "\">";

		refusedWith(file, doctype, text, text);

		assertEquals(0, trap.connections());
	}

	/** Puts the DOCTYPE before the root element of the file and expects every way of reading it to refuse it. */
	private CorpusStoreException refusedWith(String file, String doctype, String text, String replacement) throws IOException {
		Path path = corpus.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		assertTrue(content.contains(text), file + " has no " + text);
		int root = content.indexOf("\n<") + 1;
		int at = content.indexOf(text);
		Files.writeString(path, content.substring(0, root) + doctype + "\n" + content.substring(root, at) + replacement
				+ content.substring(at + text.length()), StandardCharsets.UTF_8);

		CorpusStoreException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(CorpusStoreException.class, this::readEverything));

		assertTrue(refused.getMessage().startsWith("Cannot read " + path + ": line 2"), refused.getMessage());
		assertTrue(refused.getMessage().contains("DOCTYPE is disallowed"), refused.getMessage());
		return refused;
	}

	private void readEverything() throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		store.document(ID);
		store.layer(ID, CorpusStore.GOLD).orElseThrow();
	}

	@Test
	void aNamespaceNoPackageHasIsAnErrorAndNothingIsFetched() throws Exception {
		replace(CORPUS, "xmlns:attest=\"urn:attest:model:1.0\"", "xmlns:attest=\"" + trap.url("/attest.ecore") + "\"");

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(corpus));

		assertEquals(0, trap.connections());
		assertTrue(refused.getMessage().startsWith("Cannot read " + corpus.resolve(CORPUS) + ": line 2"), refused.getMessage());
		assertTrue(refused.getMessage().contains("Class 'Corpus' is not found"), refused.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void aJavaNamespaceLoadsNoClass(String file) throws IOException {
		replace(file, "xmlns:attest=\"urn:attest:model:1.0\"", "xmlns:attest=\"java://" + NamespaceCanary.class.getName() + "\"");

		CorpusStoreException refused = refusedWhileTheCanaryIsVisible(this::readEverything);

		assertTrue(refused.getMessage().startsWith("Cannot read " + corpus.resolve(file)), refused.getMessage());
		assertFalse(CANARY_INITIALIZED.get(), "the class the namespace names was initialized");
	}

	/** A corpus file from a Git commit (a teammate's, read when merging) is read as the store reads its own. */
	@Test
	void aCommitsCorpusFileIsReadAsUntrusted() throws IOException {
		Path file = corpus.resolve(CORPUS);
		String content = Files.readString(file, StandardCharsets.UTF_8);
		byte[] javaNamespace = content.replace("xmlns:attest=\"urn:attest:model:1.0\"",
				"xmlns:attest=\"java://" + NamespaceCanary.class.getName() + "\"").getBytes(StandardCharsets.UTF_8);
		byte[] entity = content.replaceFirst("\n<", "\n<!DOCTYPE x [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<")
				.replace("name=\"Attest sample corpus\"", "name=\"&x;\"").getBytes(StandardCharsets.UTF_8);
		CorpusStoreException namespace = refusedWhileTheCanaryIsVisible(() -> CorpusFiles.read(javaNamespace, file));
		CorpusStoreException doctype = assertThrows(CorpusStoreException.class, () -> CorpusFiles.read(entity, file));

		assertTrue(namespace.getMessage().startsWith("Cannot read " + file), namespace.getMessage());
		assertFalse(CANARY_INITIALIZED.get(), "the class the namespace names was initialized");
		assertTrue(doctype.getMessage().contains("DOCTYPE is disallowed"), doctype.getMessage());
		assertFalse(doctype.getMessage().contains(SECRET), doctype.getMessage());
	}

	/** A curation's rejections file sits among the layers and comes through Git like them. */
	@Test
	void aRejectionsFileLoadsNoClass() throws IOException {
		Path file = Rejections.file(corpus, ID);
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EAnnotation xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"java://" + NamespaceCanary.class.getName()
				+ "\" source=\"urn:attest:curation:rejections\"/>\n", StandardCharsets.UTF_8);
		CorpusStore store = CorpusStore.open(corpus);

		CorpusStoreException refused = refusedWhileTheCanaryIsVisible(() -> Rejections.in(store, ID));

		assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
		assertFalse(CANARY_INITIALIZED.get(), "the class the namespace names was initialized");
	}

	@Test
	void aReferenceToAUrlIsNotFollowed() throws Exception {
		replace(LAYER, "document=\"../../documents/" + ID + ".attest#" + ID + "\"",
				"document=\"" + trap.url("/documents/" + ID + ".attest#" + ID) + "\"");

		AnnotationLayer layer = CorpusStore.open(corpus).layer(ID, CorpusStore.GOLD).orElseThrow();
		Document document = layer.getDocument();

		assertTrue(document.eIsProxy(), "the layer's document was loaded from " + trap.url("/"));
		assertEquals(0, trap.connections());
	}

	@Test
	void aReferenceToAFileOutsideTheCorpusIsNotFollowed() throws IOException {
		Path outside = Files.createDirectories(temp.resolve("outside/documents"));
		Files.writeString(outside.resolve(ID + ".attest"), Files.readString(corpus.resolve(DOCUMENT), StandardCharsets.UTF_8)
				.replaceFirst("<text>[^<]*</text>", "<text>Outside the corpus.</text>"), StandardCharsets.UTF_8);
		replace(LAYER, "document=\"../../documents/", "document=\"../../../outside/documents/");

		AnnotationLayer layer = CorpusStore.open(corpus).layer(ID, CorpusStore.GOLD).orElseThrow();
		Document document = layer.getDocument();

		assertTrue(document.eIsProxy(), "the layer's document was loaded from outside the corpus");
		assertNotEquals("Outside the corpus.", document.getText());
	}

	@Test
	void aDocumentFileHoldingAnotherIdIsRefused() throws IOException {
		replace(DOCUMENT, "id=\"" + ID + "\"", "id=\"../../escape\"");
		CorpusStore store = CorpusStore.open(corpus);

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> store.document(ID));

		assertEquals(corpus.resolve(DOCUMENT) + " holds the document '../../escape', not '" + ID
				+ "': a document file must be named after its document's id", refused.getMessage());
		assertEquals(1, store.resourceSet().getResources().size(), "the refused file stayed loaded");
	}

	@Test
	void aCorpusListingAnUnsafeIdIsRefused() throws IOException {
		replace(CORPUS, "documents/" + ID + ".attest#" + ID, "documents/" + ID + ".attest#../../escape");

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(corpus));

		assertTrue(refused.getMessage().startsWith(corpus.resolve(CORPUS) + " lists a document '../../escape', which cannot be a document id"),
				refused.getMessage());
	}

	@Test
	void aFileHoldingTheWrongKindOfObjectIsRefused() throws IOException {
		Path document = corpus.resolve(DOCUMENT);
		Path layer = corpus.resolve(LAYER);
		byte[] documentBytes = Files.readAllBytes(document);
		Files.write(document, Files.readAllBytes(layer));
		Files.write(layer, documentBytes);
		CorpusStore store = CorpusStore.open(corpus);

		CorpusStoreException notADocument = assertThrows(CorpusStoreException.class, () -> store.document(ID));
		CorpusStoreException notALayer = assertThrows(CorpusStoreException.class, () -> store.layer(ID, CorpusStore.GOLD));

		assertEquals(document + " holds no document", notADocument.getMessage());
		assertEquals(layer + " holds no annotation layer", notALayer.getMessage());
	}

	@Test
	void whatInterruptedSavesLeftIsDeletedOnOpen() throws IOException {
		List<Path> unfinished = List.of(corpus.resolve(CORPUS + ".saving"), corpus.resolve(DOCUMENT + ".saving"),
				corpus.resolve(LAYER + ".saving"), corpus.resolve("layers/ana/" + ID + ".attest.saving"));
		for (Path file : unfinished) {
			Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<attest:AnnotationLayer xmi:ver");
		}
		Path notOurs = Files.writeString(corpus.resolve("notes.saving.txt"), "kept");

		CorpusStore store = CorpusStore.open(corpus);

		for (Path file : unfinished) {
			assertFalse(Files.exists(file), file + " is still there");
		}
		assertTrue(Files.exists(notOurs));
		assertEquals(ID, store.document(ID).getId());
		assertEquals(CorpusStore.GOLD, store.layer(ID, CorpusStore.GOLD).orElseThrow().getAnnotator());
	}

	/**
	 * The refusal of {@code read}, run with a context class loader that sees the canary: EMF loads a
	 * {@code java://} namespace's class with that loader, so only the store's refusal keeps the canary asleep.
	 */
	private static CorpusStoreException refusedWhileTheCanaryIsVisible(Executable read) {
		Thread thread = Thread.currentThread();
		ClassLoader contextLoader = thread.getContextClassLoader();
		thread.setContextClassLoader(HostileCorpusFilesTest.class.getClassLoader());
		try {
			return assertThrows(CorpusStoreException.class, read);
		} finally {
			thread.setContextClassLoader(contextLoader);
		}
	}

	private void replace(String file, String text, String replacement) throws IOException {
		Path path = corpus.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		assertTrue(content.contains(text), file + " has no " + text);
		Files.writeString(path, content.replace(text, replacement), StandardCharsets.UTF_8);
	}
}
