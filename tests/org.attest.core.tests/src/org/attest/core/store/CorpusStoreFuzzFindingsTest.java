package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the corpus store once failed on with an unchecked exception, found by the fuzz tests
 * (tests/org.attest.core.fuzz; their inputs folders keep the inputs): files holding something else than they
 * should, and a model holding a string XML cannot write, each now refused with an error naming the file; and
 * a file whose schema location made the loader fetch it from the network.
 */
class CorpusStoreFuzzFindingsTest {

	/** An XMI file with nothing in it, as an interrupted tool or a hand edit can leave. */
	private static final String EMPTY_XMI = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n";

	@TempDir
	Path folder;
	private Path samples;

	@BeforeEach
	void createCorpus() throws IOException {
		CorpusStore.create(folder, "Findings", DefaultLabelSchema.create());
		samples = Path.of(System.getProperty("attest.samples"));
	}

	@Test
	void aDocumentFileHoldingALayerIsRefused() throws IOException {
		Path file = write("documents/dam.attest", Files.readString(samples.resolve("layers/gold/riverton-dam-delay.attest")));

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(folder).document("dam"));

		assertEquals(file + " holds no document", refused.getMessage());
	}

	@Test
	void aDocumentFileHoldingTheCorpusIsRefused() throws IOException {
		Path file = write("documents/dam.attest", Files.readString(samples.resolve("corpus.attest")));

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(folder).document("dam"));

		assertEquals(file + " holds no document", refused.getMessage());
	}

	@Test
	void aLayerFileHoldingADocumentIsRefused() throws IOException {
		Path file = write("layers/ana/dam.attest", Files.readString(samples.resolve("documents/riverton-dam-delay.attest")));

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(folder).layer("dam", "ana"));

		assertEquals(file + " holds no annotation layer", refused.getMessage());
	}

	@Test
	void emptyDocumentAndLayerFilesAreRefused() throws IOException {
		Path document = write("documents/dam.attest", EMPTY_XMI);
		Path layer = write("layers/ana/dam.attest", EMPTY_XMI);
		CorpusStore store = CorpusStore.open(folder);

		assertEquals(document + " holds no document",
				assertThrows(CorpusStoreException.class, () -> store.document("dam")).getMessage());
		assertEquals(layer + " holds no annotation layer",
				assertThrows(CorpusStoreException.class, () -> store.layer("dam", "ana")).getMessage());
	}

	@Test
	void aRefusedFileIsReadAgainOnceCorrected() throws IOException {
		CorpusStore saved = CorpusStore.open(folder);
		Document dam = AttestFactory.eINSTANCE.createDocument();
		dam.setId("dam");
		dam.setText("The dam is late.");
		saved.addDocument(dam);
		saved.save();
		Path file = folder.resolve("documents/dam.attest");
		byte[] good = Files.readAllBytes(file);
		Files.writeString(file, EMPTY_XMI);
		CorpusStore store = CorpusStore.open(folder);
		assertThrows(CorpusStoreException.class, () -> store.document("dam"));

		Files.write(file, good);

		assertEquals("The dam is late.", store.document("dam").getText());
	}

	@Test
	void aStringXmlCannotHoldFailsTheSaveWithTheFileNamedAndWritesNothing() throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		Document document = AttestFactory.eINSTANCE.createDocument();
		document.setId("dam");
		document.setText("The dam\u0016 is late.");
		store.addDocument(document);
		Path file = folder.resolve("documents/dam.attest");

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, store::save);

		assertTrue(refused.getMessage().startsWith("Cannot save " + file + ": An invalid XML character (Unicode: 0x16)"),
				refused.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void aSchemaLocationIsNotFetched() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try (Socket connection = server.accept()) {
						connections.incrementAndGet();
					} catch (IOException closed) {
						return;
					}
				}
			});
			acceptor.start();
			String location = "http://127.0.0.1:" + server.getLocalPort() + "/attest.ecore";
			write("documents/dam.attest", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<attest:Document xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
					+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"" + location + "\""
					+ " xmlns:attest=\"urn:attest:model:1.0\" id=\"dam\">\n  <text>The dam is late.</text>\n</attest:Document>\n");

			Document document = CorpusStore.open(folder).document("dam");

			assertEquals("The dam is late.", document.getText());
			server.close();
			acceptor.join();
			assertEquals(0, connections.get(), "connections to the schema location");
		}
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
