package org.attest.core.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rejections on disk: beside the gold layer, written by the store's save once something was rejected, read
 * back in the next session, and a broken file named in the error.
 */
class RejectionsTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String TEXT = "The union denied that wages were cut. The mayor said the dam is safe.";

	@TempDir
	Path folder;

	/** ana and ben both marked "wages were cut" [22, 36), with different credibility. */
	@BeforeEach
	void twoAnnotatorsDisagree() throws IOException {
		CorpusStore store = CorpusStore.create(folder, "Rejections", DefaultLabelSchema.create());
		Document document = F.createDocument();
		document.setId("wages");
		document.setText(TEXT);
		store.addDocument(document);
		claim(store.layerFor("wages", "ana"), "false");
		claim(store.layerFor("wages", "ben"), "half-true");
		store.save();
	}

	@Test
	void aRejectionIsWrittenBesideTheGoldLayerAndReadInTheNextSession() throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		Rejections rejections = Rejections.in(store, "wages");
		Curation curation = curation(store, rejections);
		BasicCommandStack stack = new BasicCommandStack();

		stack.execute(CurationCommands.reject(domain(store, stack), curation, curation.items().get(0)));
		store.save();

		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EAnnotation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" source="urn:attest:curation:rejections">
				  <details key="ana claim 22-36 factual false" value="wages were cut"/>
				  <details key="ben claim 22-36 factual half-true" value="wages were cut"/>
				</ecore:EAnnotation>
				""", Files.readString(folder.resolve("layers/gold/wages.rejections"), StandardCharsets.UTF_8));
		assertFalse(Files.exists(folder.resolve("layers/gold/wages.attest")), "rejecting writes no gold layer");

		CorpusStore next = CorpusStore.open(folder);
		Curation reopened = curation(next, Rejections.in(next, "wages"));
		assertEquals(CurationStatus.REJECTED, reopened.items().get(0).status());
	}

	@Test
	void nothingIsWrittenUntilSomethingIsRejected() throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		Rejections rejections = Rejections.in(store, "wages");

		store.save();

		assertFalse(Files.exists(Rejections.file(folder, "wages")));
		assertEquals(List.of(), rejections.keys());
		Rejections.in(store, "wages");
		assertEquals(1, store.resourceSet().getResources().stream()
				.filter(resource -> Rejections.FILE_EXTENSION.equals(resource.getURI().fileExtension())).count(),
				"asked again, the same resource");
	}

	@Test
	void aBrokenFileIsNamedWithItsLine() throws IOException {
		Path file = Rejections.file(folder, "wages");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EAnnotation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" source="urn:attest:curation:rejections">
				  <details key="ana claim 22-36 factual false" value=wages/>
				</ecore:EAnnotation>
				""");
		CorpusStore store = CorpusStore.open(folder);

		CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> Rejections.in(store, "wages"));

		assertTrue(error.getMessage().startsWith("Cannot read the curation rejections " + file + ": line 3"),
				error.getMessage());
	}

	@Test
	void aFileHoldingSomethingElseIsRefused() throws IOException {
		Path file = Rejections.file(folder, "wages");
		Files.createDirectories(file.getParent());
		Files.copy(folder.resolve("layers/ana/wages.attest"), file);
		CorpusStore store = CorpusStore.open(folder);

		CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> Rejections.in(store, "wages"));

		assertEquals(file + " holds no curation rejections", error.getMessage());
	}

	@Test
	void onlyDocumentsOfTheCorpusHaveRejections() throws IOException {
		CorpusStore store = CorpusStore.open(folder);

		assertThrows(IOException.class, () -> Rejections.in(store, "no-such-document"));
		assertThrows(CorpusStoreException.class, () -> Rejections.in(store, "../wages"));
	}

	@Test
	void aMergeOfSourcesKeepsRejectedMentionsRejectedUnderTheKeptSource() throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		Source lind = source(store, "lind", "Mayor Lind");
		Source office = source(store, "mayors-office", "The Mayor's Office");
		SourceMention mention = F.createSourceMention();
		SpanAnchors.place(mention, TEXT, 38, 47);
		mention.setSource(office);
		store.layer("wages", "ana").orElseThrow().getSourceMentions().add(mention);
		ClaimMention bensClaim = store.layer("wages", "ben").orElseThrow().getClaims().get(0);
		Rejections rejections = Rejections.in(store, "wages");
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = domain(store, stack);
		stack.execute(rejections.reject(domain, Map.of("ana", mention, "ben", bensClaim), "Reject"));
		assertEquals(List.of("ana source-mention 38-47 mayors-office", "ben claim 22-36 factual half-true"),
				rejections.keys());
		assertNull(rejections.repoint(domain, Map.of("ben", List.of(bensClaim)), lind), "nothing of ben's renamed");

		stack.execute(rejections.repoint(domain, Map.of("ana", List.of(mention)), lind));
		mention.setSource(lind);

		assertEquals(List.of("ana source-mention 38-47 lind", "ben claim 22-36 factual half-true"), rejections.keys());
		assertTrue(rejections.contains("ana", mention), "still rejected, under the kept source");
		stack.undo();
		assertEquals(List.of("ana source-mention 38-47 mayors-office", "ben claim 22-36 factual half-true"),
				rejections.keys());
	}

	private static Source source(CorpusStore store, String id, String name) {
		Source source = F.createSource();
		source.setId(id);
		source.setName(name);
		store.corpus().getSources().add(source);
		return source;
	}

	private static Curation curation(CorpusStore store, Rejections rejections) throws IOException {
		Map<String, AnnotationLayer> layers = new LinkedHashMap<>();
		for (String annotator : List.of("ana", "ben")) {
			layers.put(annotator, store.layer("wages", annotator).orElseThrow());
		}
		return Curation.of(layers, null, rejections);
	}

	private static AdapterFactoryEditingDomain domain(CorpusStore store, BasicCommandStack stack) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), stack,
				store.resourceSet());
	}

	private static void claim(AnnotationLayer layer, String credibility) {
		ClaimMention claim = F.createClaimMention();
		SpanAnchors.place(claim, TEXT, 22, 36);
		claim.setClaimType(ClaimType.FACTUAL);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
	}
}
