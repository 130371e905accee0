package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's document list is held as ids, not as one EMF proxy per document, and still reads and writes
 * corpus.attest's {@code documents} attribute as before. The expected file content is written by hand.
 */
class CorpusDocumentListTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;

	@TempDir
	Path folder;

	private CorpusStore corpusOf(String... ids) throws IOException {
		CorpusStore store = CorpusStore.create(folder, "List", DefaultLabelSchema.create());
		for (String id : ids) {
			Document document = F.createDocument();
			document.setId(id);
			document.setText("Text of " + id);
			store.addDocument(document);
		}
		store.save();
		return store;
	}

	private String corpusFile() throws IOException {
		return Files.readString(folder.resolve(CorpusStore.CORPUS_FILE), StandardCharsets.UTF_8);
	}

	@Test
	void theListIsWrittenAsHrefsAndReadBackAsIdsWithoutProxies() throws IOException {
		corpusOf("b-second", "a-first", "c-third");

		assertTrue(corpusFile().contains(" documents=\"documents/b-second.attest#b-second "
				+ "documents/a-first.attest#a-first documents/c-third.attest#c-third\""), corpusFile());
		CorpusStore opened = CorpusStore.open(folder);
		assertEquals(List.of("b-second", "a-first", "c-third"), opened.documentIds());
		assertTrue(opened.corpus().getDocuments().isEmpty(), "no proxy per listed document");
		assertEquals("Text of a-first", opened.document("a-first").getText());
	}

	@Test
	void addingToAnOpenedCorpusAppendsToItsFileAndOtherChangesKeepTheList() throws IOException {
		corpusOf("one", "two");
		CorpusStore opened = CorpusStore.open(folder);
		opened.corpus().setName("Renamed");
		opened.save();
		assertTrue(corpusFile().contains(" name=\"Renamed\" documents=\"documents/one.attest#one documents/two.attest#two\""),
				corpusFile());

		Document three = F.createDocument();
		three.setId("three");
		three.setText("Text of three");
		opened.addDocument(three);
		assertTrue(opened.isDirty());
		opened.save();

		assertFalse(opened.isDirty());
		assertTrue(corpusFile().contains(
				" documents=\"documents/one.attest#one documents/two.attest#two documents/three.attest#three\""), corpusFile());
		assertEquals(List.of("one", "two", "three"), CorpusStore.open(folder).documentIds());
		assertTrue(opened.corpus().getDocuments().isEmpty());
	}

	@Test
	void hrefElementsOfAHandWrittenFileAreReadAsIdsToo() throws IOException {
		corpusOf("alpha", "beta");
		Files.writeString(folder.resolve(CorpusStore.CORPUS_FILE), """
				<?xml version="1.0" encoding="UTF-8"?>
				<attest:Corpus xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:attest="urn:attest:model:1.0" name="Hand">
				  <documents href="documents/beta.attest#beta"/>
				  <documents href="documents/alpha.attest#alpha"/>
				</attest:Corpus>
				""");

		CorpusStore opened = CorpusStore.open(folder);

		assertEquals(List.of("beta", "alpha"), opened.documentIds());
		assertTrue(opened.corpus().getDocuments().isEmpty());
		assertEquals("Text of beta", opened.document("beta").getText());
	}

	@Test
	void aListedDocumentWithoutItsFileIsStillADuplicate() throws IOException {
		corpusOf("kept", "lost");
		Files.delete(folder.resolve("documents/lost.attest"));
		CorpusStore opened = CorpusStore.open(folder);

		Document again = F.createDocument();
		again.setId("lost");
		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> opened.addDocument(again));
		assertEquals("The corpus already has a document with id 'lost'", refused.getMessage());
	}
}
