package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Corpus;
import org.attest.model.Document;
import org.attest.model.Label;
import org.attest.model.LabelSchema;
import org.attest.model.LabelSet;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String TEXT = "Mayor Ilse Varga said the dam “will be finished by spring” 🐟.\r\nEngineers disagree.";

	@TempDir
	Path folder;

	/** A corpus with one document and a gold layer: a claim, a source mention and an attribution. */
	private CorpusStore annotatedCorpus() throws IOException {
		CorpusStore store = CorpusStore.create(folder, "Test corpus", schema());
		Source varga = F.createSource();
		varga.setId("ilse-varga");
		varga.setName("Ilse Varga");
		varga.setKind(SourceKind.PERSON);
		varga.getAliases().add("the mayor");
		store.corpus().getSources().add(varga);

		Document document = F.createDocument();
		document.setId("dam-story");
		document.setTitle("Dam delayed?");
		document.setText(TEXT);
		document.getMetadata().put("section", "local");
		store.addDocument(document);

		AnnotationLayer layer = store.layerFor("dam-story", CorpusStore.GOLD);
		String text = document.getText();
		ClaimMention claim = F.createClaimMention();
		span(claim, text, "will be finished by spring");
		claim.setClaimType(ClaimType.PREDICTION);
		claim.setCredibility("half-true");
		layer.getClaims().add(claim);
		SourceMention mention = F.createSourceMention();
		span(mention, text, "Ilse Varga");
		mention.setSource(varga);
		layer.getSourceMentions().add(mention);
		Attribution attribution = F.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(varga);
		attribution.setMention(mention);
		attribution.setStance("support");
		layer.getAttributions().add(attribution);
		store.save();
		return store;
	}

	private static void span(org.attest.model.Span span, String text, String quote) {
		int begin = text.indexOf(quote);
		span.setBegin(begin);
		span.setEnd(begin + quote.length());
		span.setQuote(quote);
	}

	private static LabelSchema schema() {
		LabelSchema schema = F.createLabelSchema();
		LabelSet stance = F.createLabelSet();
		stance.setId("stance");
		for (String id : List.of("support", "deny", "query", "comment")) {
			Label label = F.createLabel();
			label.setId(id);
			label.setName(id);
			stance.getLabels().add(label);
		}
		schema.getLabelSets().add(stance);
		return schema;
	}

	@Test
	void whatIsSavedLoadsBackEqual() throws IOException {
		CorpusStore saved = annotatedCorpus();
		CorpusStore loaded = CorpusStore.open(folder);

		assertTrue(EcoreUtil.equals(saved.document("dam-story"), loaded.document("dam-story")));
		assertTrue(EcoreUtil.equals(saved.layer("dam-story", "gold").orElseThrow(), loaded.layer("dam-story", "gold").orElseThrow()));
		assertTrue(EcoreUtil.equals(saved.corpus(), loaded.corpus()));

		AnnotationLayer layer = loaded.layer("dam-story", "gold").orElseThrow();
		Attribution attribution = layer.getAttributions().get(0);
		assertEquals("Ilse Varga", attribution.getSource().getName(), "the registry source resolves across files");
		assertTrue(attribution.getSource().eResource() == loaded.corpus().eResource());
		assertEquals("will be finished by spring", attribution.getClaim().getQuote());
		assertEquals(loaded.document("dam-story"), layer.getDocument());
	}

	@Test
	void textIsNormalizedToLfAndHashed() throws IOException {
		Document document = annotatedCorpus().document("dam-story");

		assertEquals("Mayor Ilse Varga said the dam “will be finished by spring” 🐟.\nEngineers disagree.", document.getText());
		// sha256sum of the LF text's UTF-8 bytes, computed outside Java
		assertEquals("9b0f2501375b912bc7089cf796c18ae7d7b0aed599fece70e01a0d4c810d26b1", document.getTextHash());
	}

	@Test
	void filesUseLfAndKeepTheTextReadable() throws IOException {
		annotatedCorpus();
		for (Path file : files()) {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			assertFalse(content.contains("\r"), file + " has CR characters");
		}
		String document = Files.readString(folder.resolve("documents/dam-story.attest"), StandardCharsets.UTF_8);
		assertTrue(document.contains("<text>Mayor Ilse Varga said the dam “will be finished by spring” 🐟.\nEngineers disagree.</text>"), document);
		String layer = Files.readString(folder.resolve("layers/gold/dam-story.attest"), StandardCharsets.UTF_8);
		assertTrue(layer.contains("../../corpus.attest#ilse-varga"), layer);
		assertTrue(layer.contains("../../documents/dam-story.attest#dam-story"), layer);
	}

	@Test
	void savingTheSameModelGivesTheSameBytes() throws IOException {
		annotatedCorpus();
		Map<Path, byte[]> first = contents();

		CorpusStore reopened = CorpusStore.open(folder);
		reopened.document("dam-story");
		reopened.layer("dam-story", "gold").orElseThrow();
		reopened.saveAll();
		Map<Path, byte[]> second = contents();

		assertEquals(first.keySet(), second.keySet());
		for (Path file : first.keySet()) {
			assertArrayEquals(first.get(file), second.get(file), file + " changed on a second save");
		}
	}

	@Test
	void idsAreAssignedOnceAndKept() throws IOException {
		annotatedCorpus();
		CorpusStore reopened = CorpusStore.open(folder);
		AnnotationLayer layer = reopened.layer("dam-story", "gold").orElseThrow();
		String claimId = layer.getClaims().get(0).getId();
		String attributionId = layer.getAttributions().get(0).getId();
		assertTrue(claimId.matches("[0-9a-f-]{36}"), claimId);

		reopened.saveAll();
		AnnotationLayer again = CorpusStore.open(folder).layer("dam-story", "gold").orElseThrow();
		assertEquals(claimId, again.getClaims().get(0).getId());
		assertEquals(attributionId, again.getAttributions().get(0).getId());
	}

	@Test
	void aFailureMidSaveLeavesThePreviousFile() throws IOException {
		annotatedCorpus();
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		byte[] before = Files.readAllBytes(layerFile);

		AtomicFileWriter failingHalfway = new AtomicFileWriter() {
			@Override
			protected OutputStream open(Path temp) throws IOException {
				OutputStream real = super.open(temp);
				return new OutputStream() {
					private int written;

					@Override
					public void write(int b) throws IOException {
						if (++written > 100) {
							throw new IOException("disk full (injected)");
						}
						real.write(b);
					}

					@Override
					public void close() throws IOException {
						real.close();
					}
				};
			}
		};
		CorpusStore store = CorpusStore.open(folder, failingHalfway);
		store.layer("dam-story", "gold").orElseThrow().getClaims().get(0).setNote("changed");

		CorpusStoreException failure = assertThrows(CorpusStoreException.class, store::save);

		assertTrue(failure.getMessage().contains(layerFile.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains("disk full (injected)"), failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(layerFile));
		assertFalse(Files.exists(folder.resolve("layers/gold/dam-story.attest" + AtomicFileWriter.TEMP_SUFFIX)));
		assertEquals(null, CorpusStore.open(folder).layer("dam-story", "gold").orElseThrow().getClaims().get(0).getNote());
	}

	@Test
	void openingReadsTheCorpusFileOnlyAndDocumentsOnDemand() throws IOException {
		CorpusStore store = CorpusStore.create(folder, "Large", schema());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Document document = F.createDocument();
			document.setId(String.format("doc-%03d", i));
			document.setText("Text " + i);
			store.addDocument(document);
			ids.add(document.getId());
		}
		store.save();

		CorpusStore opened = CorpusStore.open(folder);
		assertEquals(ids, opened.documentIds());
		assertEquals(1, opened.resourceSet().getResources().size(), "opening loaded more than corpus.attest");

		assertEquals("Text 42", opened.document("doc-042").getText());
		assertEquals(2, opened.resourceSet().getResources().size());
		opened.unloadDocument("doc-042");
		assertEquals(1, opened.resourceSet().getResources().size());

		Document added = F.createDocument();
		added.setId("doc-300");
		added.setText("Text 300");
		opened.addDocument(added);
		assertEquals(2, opened.resourceSet().getResources().size(), "adding a document loaded the others");
		assertEquals(301, opened.documentIds().size());
	}

	@Test
	void savingChosenResourcesWritesOnlyThoseThatChanged() throws IOException {
		annotatedCorpus();
		Path corpusFile = folder.resolve("corpus.attest");
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		byte[] corpusBefore = Files.readAllBytes(corpusFile);
		CorpusStore store = CorpusStore.open(folder);
		AnnotationLayer layer = store.layer("dam-story", "gold").orElseThrow();
		layer.getClaims().get(0).setNote("checked with the council");
		store.corpus().getSources().get(0).setName("Mayor Ilse Varga");

		store.save(List.of(layer.eResource()));

		assertTrue(Files.readString(layerFile, StandardCharsets.UTF_8).contains("note=\"checked with the council\""));
		assertArrayEquals(corpusBefore, Files.readAllBytes(corpusFile), "the corpus file was not asked for");
		assertTrue(store.isDirty(), "the renamed source is still unsaved");
		store.save(List.of(layer.eResource(), store.corpus().eResource()));
		assertFalse(store.isDirty());
		assertEquals("Mayor Ilse Varga", CorpusStore.open(folder).corpus().getSources().get(0).getName());
	}

	@Test
	void aFileWrittenBySomeoneElseSinceItWasReadIsNotOverwrittenUnlessAsked() throws IOException {
		annotatedCorpus();
		Path corpusFile = folder.resolve("corpus.attest");
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		CorpusStore mine = CorpusStore.open(folder);
		AnnotationLayer layer = mine.layer("dam-story", "gold").orElseThrow();
		layer.getClaims().get(0).setNote("mine");
		mine.corpus().getSources().get(0).setName("Mayor Ilse Varga");
		CorpusStore theirs = CorpusStore.open(folder);
		theirs.layer("dam-story", "gold").orElseThrow().getClaims().get(0).setNote("theirs");
		theirs.save();
		byte[] corpusBefore = Files.readAllBytes(corpusFile);

		FileChangedOnDiskException refused = assertThrows(FileChangedOnDiskException.class,
				() -> mine.save(List.of(layer.eResource(), mine.corpus().eResource())));

		assertEquals(layerFile, refused.file());
		assertEquals(layerFile + " was changed on disk since it was read (by another program, an import or a"
				+ " synchronization): saving would overwrite that change", refused.getMessage());
		assertTrue(Files.readString(layerFile, StandardCharsets.UTF_8).contains("note=\"theirs\""));
		assertArrayEquals(corpusBefore, Files.readAllBytes(corpusFile), "nothing written, the unchanged corpus file neither");
		assertThrows(FileChangedOnDiskException.class, mine::save);

		mine.saveOver(List.of(layer.eResource(), mine.corpus().eResource()));

		assertTrue(Files.readString(layerFile, StandardCharsets.UTF_8).contains("note=\"mine\""));
		layer.getClaims().get(0).setNote("mine, again");
		mine.save(); // what it wrote last is what it compares with
		assertEquals("mine, again", CorpusStore.open(folder).layer("dam-story", "gold").orElseThrow().getClaims().get(0)
				.getNote());
	}

	@Test
	void aLayerCreatedHereWhoseFileAppearedMeanwhileIsNotOverwritten() throws IOException {
		annotatedCorpus();
		CorpusStore mine = CorpusStore.open(folder);
		mine.layerFor("dam-story", "ana").setStatus(LayerStatus.IN_PROGRESS);
		CorpusStore theirs = CorpusStore.open(folder);
		theirs.layerFor("dam-story", "ana").setStatus(LayerStatus.DONE);
		theirs.save();

		assertThrows(FileChangedOnDiskException.class, mine::save);

		assertEquals(LayerStatus.DONE, CorpusStore.open(folder).layer("dam-story", "ana").orElseThrow().getStatus());
	}

	@Test
	void aFileDeletedSinceItWasReadIsWrittenAgain() throws IOException {
		annotatedCorpus();
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		CorpusStore store = CorpusStore.open(folder);
		store.layer("dam-story", "gold").orElseThrow().getClaims().get(0).setNote("kept");
		Files.delete(layerFile);

		store.save();

		assertTrue(Files.readString(layerFile, StandardCharsets.UTF_8).contains("note=\"kept\""));
	}

	@Test
	void anUnloadedLayerDropsItsChangesAndReadsItsFileAgain() throws IOException {
		annotatedCorpus();
		CorpusStore store = CorpusStore.open(folder);
		AnnotationLayer changed = store.layer("dam-story", "gold").orElseThrow();
		changed.getClaims().clear();

		store.unload(changed.eResource());

		assertFalse(store.isDirty());
		AnnotationLayer reread = store.layer("dam-story", "gold").orElseThrow();
		assertEquals(1, reread.getClaims().size());
		assertEquals("will be finished by spring", reread.getClaims().get(0).getQuote());
		assertThrows(IllegalArgumentException.class, () -> store.unload(store.corpus().eResource()),
				"the corpus file stays loaded");
	}

	@Test
	void namesThatWouldEscapeTheFolderAreRefused() throws IOException {
		// a corpus inside the temporary folder, so that checking for escapes never walks the shared /tmp
		CorpusStore store = CorpusStore.create(folder.resolve("corpus"), "Test", schema());
		for (String bad : List.of("../evil", "/etc/passwd", ".hidden", "a/b", "a\\b", "", "x..y", "ana.")) {
			Document document = F.createDocument();
			document.setId(bad);
			CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> store.addDocument(document), bad);
			assertTrue(refused.getMessage().startsWith("'" + bad + "' cannot be a document id"), refused.getMessage());
		}
		assertThrows(CorpusStoreException.class, () -> store.layerFor("ok", "../gold"));
		try (Stream<Path> created = Files.walk(folder)) {
			assertTrue(created.noneMatch(p -> p.getFileName().toString().equals("evil.attest")));
		}
	}

	/** Microsoft's "Naming Files, Paths, and Namespaces" reserves these names, with any extension, for devices. */
	@Test
	void windowsDeviceNamesAreRefused() throws IOException {
		CorpusStore store = CorpusStore.create(folder, "Test", schema());
		for (String device : List.of("con", "CON", "prn", "aux", "nul", "Nul.txt", "com1", "COM9", "lpt1", "lpt9.draft")) {
			Document document = F.createDocument();
			document.setId(device);
			CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> store.addDocument(document), device);
			assertTrue(refused.getMessage().contains("not a device name Windows reserves"), refused.getMessage());
		}
		for (String fine : List.of("cons", "console", "com", "com10", "lpt", "null", "auxiliary", "nul-2")) {
			assertTrue(CorpusStore.isSafeName(fine), fine);
		}
	}

	@Test
	void aDuplicateDocumentIdIsRefused() throws IOException {
		CorpusStore store = annotatedCorpus();
		Document again = F.createDocument();
		again.setId("dam-story");
		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> store.addDocument(again));
		assertEquals("The corpus already has a document with id 'dam-story'", refused.getMessage());
	}

	@Test
	void aFolderWithoutCorpusIsNamedInTheError() {
		NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> CorpusStore.open(folder));
		assertTrue(missing.getMessage().contains(folder.resolve("corpus.attest").toString()), missing.getMessage());
	}

	@Test
	void aBrokenFileIsNamedWithItsLine() throws IOException {
		annotatedCorpus();
		Path documentFile = folder.resolve("documents/dam-story.attest");
		Files.writeString(documentFile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<attest:Document xmlns:attest=\"urn:attest:model:1.0\"\n   id=\"dam-story\">\n  <text>unclosed\n");

		CorpusStoreException broken = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(folder).document("dam-story"));

		assertTrue(broken.getMessage().startsWith("Cannot read " + documentFile + ": line "), broken.getMessage());
	}

	@Test
	void aLayerReadOnAnotherThreadJoinsTheStoreInUseMeanwhile() throws Exception {
		annotatedCorpus();
		CorpusStore store = CorpusStore.open(folder);
		CompletableFuture<Optional<AnnotationLayer>> reading = CompletableFuture.supplyAsync(() -> {
			try {
				return store.readLayer("dam-story", CorpusStore.GOLD);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		Document document = store.document("dam-story");

		AnnotationLayer layer = store.adoptLayer(reading.get().orElseThrow());

		assertSame(document, layer.getDocument(), "the layer's document is the store's");
		assertSame(store.corpus().getSources().get(0), layer.getAttributions().get(0).getSource(),
				"the registry source resolves within the store");
		assertSame(layer, store.layer("dam-story", CorpusStore.GOLD).orElseThrow(), "the store holds the adopted layer");
		layer.getClaims().get(0).setNote("checked");
		assertTrue(store.isDirty());
		store.save();
		assertEquals("checked",
				CorpusStore.open(folder).layer("dam-story", CorpusStore.GOLD).orElseThrow().getClaims().get(0).getNote());
	}

	@Test
	void readingAMissingLayerGivesNoneAndALayerLoadedMeanwhileIsKept() throws IOException {
		annotatedCorpus();
		CorpusStore store = CorpusStore.open(folder);

		assertTrue(store.readLayer("dam-story", "nobody").isEmpty());
		AnnotationLayer read = store.readLayer("dam-story", CorpusStore.GOLD).orElseThrow();
		AnnotationLayer loaded = store.layer("dam-story", CorpusStore.GOLD).orElseThrow();
		assertSame(loaded, store.adoptLayer(read));
		assertEquals(2, store.resourceSet().getResources().size(), "the corpus and one gold layer");
	}

	@Test
	void aLayerReadApartThatIsBrokenIsNamedWithItsLine() throws IOException {
		annotatedCorpus();
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		Files.writeString(layerFile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<attest:AnnotationLayer xmlns:attest=\"urn:attest:model:1.0\"\n"
				+ "   annotator=\"gold\">\n  <claims begin=\"3\"\n");

		CorpusStoreException broken = assertThrows(CorpusStoreException.class,
				() -> CorpusStore.open(folder).readLayer("dam-story", CorpusStore.GOLD));

		assertTrue(broken.getMessage().startsWith("Cannot read " + layerFile + ": line "), broken.getMessage());
	}

	@Test
	void aLayerReadApartThatHoldsADocumentIsRefused() throws IOException {
		annotatedCorpus();
		Path layerFile = folder.resolve("layers/gold/dam-story.attest");
		Files.copy(folder.resolve("documents/dam-story.attest"), layerFile, StandardCopyOption.REPLACE_EXISTING);

		CorpusStoreException refused = assertThrows(CorpusStoreException.class,
				() -> CorpusStore.open(folder).readLayer("dam-story", CorpusStore.GOLD));

		assertEquals(layerFile + " holds no annotation layer", refused.getMessage());
	}

	@Test
	void aDoctypeIsRefusedSoNoEntityIsExpanded() throws IOException {
		annotatedCorpus();
		Path documentFile = folder.resolve("documents/dam-story.attest");
		Files.writeString(documentFile, "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<attest:Document xmlns:attest=\"urn:attest:model:1.0\" id=\"dam-story\"><text>&x;</text></attest:Document>\n");

		CorpusStoreException refused = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(folder).document("dam-story"));

		assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private Map<Path, byte[]> contents() throws IOException {
		Map<Path, byte[]> contents = new TreeMap<>();
		for (Path file : files()) {
			contents.put(folder.relativize(file), Files.readAllBytes(file));
		}
		return contents;
	}
}
