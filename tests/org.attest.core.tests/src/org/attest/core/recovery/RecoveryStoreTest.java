package org.attest.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.FileChangedOnDiskException;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of unsaved work written, listed, restored into a store and discarded; damaged snapshots reported by
 * file without costing the rest; the corpus's own files never written.
 */
class RecoveryStoreTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String DAM = "dam-story";
	private static final String FERRY = "ferry-fares";
	private static final String DAM_TEXT = "Mayor Ilse Varga said the dam will be finished by spring. Engineer Harriet Mbeki-Soule disagrees.";
	private static final String FERRY_TEXT = "The port authority says fares will not rise this year.";

	@TempDir
	Path temp;
	private Path folder;
	private RecoveryStore recovery;
	private CorpusStore store;

	/** A saved corpus of two documents, the dam story with a gold layer of one claim by the mayor. */
	@BeforeEach
	void savedCorpus() throws IOException {
		folder = temp.resolve("corpus");
		recovery = new RecoveryStore(temp.resolve("recovery"));
		store = CorpusStore.create(folder, "Recovery test", DefaultLabelSchema.create());
		Source varga = F.createSource();
		varga.setId("ilse-varga");
		varga.setName("Ilse Varga");
		varga.setKind(SourceKind.PERSON);
		store.corpus().getSources().add(varga);
		addDocument(DAM, DAM_TEXT);
		addDocument(FERRY, FERRY_TEXT);
		AnnotationLayer gold = store.layerFor(DAM, CorpusStore.GOLD);
		ClaimMention claim = claim(gold, "the dam will be finished by spring");
		attribute(gold, claim, varga, "Ilse Varga");
		store.layerFor(FERRY, CorpusStore.GOLD);
		store.save();
	}

	@Test
	void aSnapshotRestoresAsAnEqualModelAndTheSavedFilesStayAsTheyWere() throws IOException {
		Map<String, byte[]> saved = savedFiles();
		// unsaved: a new registry source, a claim attributed to it in the gold layer, a new layer of ana's
		Source engineer = F.createSource();
		engineer.setId("harriet-mbeki-soule");
		engineer.setName("Harriet Mbeki-Soule");
		engineer.setKind(SourceKind.PERSON);
		store.corpus().getSources().add(engineer);
		AnnotationLayer gold = store.layer(DAM, CorpusStore.GOLD).orElseThrow();
		attribute(gold, claim(gold, "disagrees"), engineer, "Harriet Mbeki-Soule");
		AnnotationLayer ana = store.layerFor(FERRY, "ana");
		claim(ana, "fares will not rise this year");

		RecoveryWriter writer = recovery.newWriter();
		writer.write(UnsavedFiles.of(store, List.of(gold.eResource(), store.corpus().eResource(), ana.eResource()), "ana"));

		assertEquals(saved, savedFiles(), "writing a snapshot changes none of the corpus's files");
		RecoveryStore.Listing listing = recovery.list();
		assertEquals(List.of(), listing.problems());
		assertEquals(1, listing.snapshots().size());
		RecoverySnapshot snapshot = listing.snapshots().get(0);
		assertEquals(folder.toAbsolutePath(), snapshot.corpus());
		assertEquals("ana", snapshot.annotator());
		assertEquals(List.of(DAM, FERRY), snapshot.documents());
		assertEquals(List.of("corpus.attest", "layers/gold/dam-story.attest", "layers/ana/ferry-fares.attest"), snapshot.files());
		assertEquals(List.of(), snapshot.problems());
		assertTrue(snapshot.differsFromSaved());

		CorpusStore reopened = CorpusStore.open(folder);
		reopened.layer(DAM, CorpusStore.GOLD).orElseThrow(); // loaded before restoring, as an open editor holds it
		RecoverySnapshot.Restored restored = snapshot.restoreInto(reopened);

		assertEquals(List.of(), restored.problems());
		assertEquals(3, restored.resources().size());
		assertEquals(saved, savedFiles(), "restoring changes none of the corpus's files");
		assertTrue(reopened.isDirty());
		AnnotationLayer restoredGold = reopened.layer(DAM, CorpusStore.GOLD).orElseThrow();
		assertEquals(List.of("the dam will be finished by spring", "disagrees"), restoredGold.getClaims().stream().map(Span::getQuote).toList());
		Attribution byEngineer = restoredGold.getAttributions().get(1);
		assertEquals("Harriet Mbeki-Soule", byEngineer.getSource().getName());
		assertSame(reopened.corpus().getSources().get(1), byEngineer.getSource(), "the restored layer names the restored registry's source");
		assertSame(reopened.document(DAM), restoredGold.getDocument());
		assertEquals(List.of("fares will not rise this year"),
				reopened.layer(FERRY, "ana").orElseThrow().getClaims().stream().map(Span::getQuote).toList());
		assertTrue(EcoreUtil.equals(store.corpus(), reopened.corpus()));
		assertTrue(EcoreUtil.equals(gold, restoredGold));
		assertTrue(EcoreUtil.equals(ana, reopened.layer(FERRY, "ana").orElseThrow()));

		reopened.save();
		assertFalse(snapshot.differsFromSaved(), "once saved, the files are what the snapshot holds");
		CorpusStore afterSave = CorpusStore.open(folder);
		assertEquals(2, afterSave.layer(DAM, CorpusStore.GOLD).orElseThrow().getAttributions().size());
		assertEquals("Harriet Mbeki-Soule", afterSave.layer(DAM, CorpusStore.GOLD).orElseThrow().getAttributions().get(1).getSource().getName());
	}

	@Test
	void aCaptureKeepsTheModelAsItWasWhenTakenWhateverChangesBeforeItIsSerialized() throws IOException {
		AnnotationLayer gold = store.layer(DAM, CorpusStore.GOLD).orElseThrow();
		claim(gold, "disagrees");
		UnsavedFiles.Capture capture = UnsavedFiles.capture(store, List.of(gold.eResource(), store.corpus().eResource()), "gold");

		// what the annotator does while the background job has not serialized the capture yet
		claim(gold, "Engineer Harriet Mbeki-Soule");
		store.corpus().getSources().get(0).setName("Mayor Ilse Varga");
		recovery.newWriter().write(capture.serialize());

		CorpusStore reopened = CorpusStore.open(folder);
		assertEquals(List.of(), recovery.list().snapshots().get(0).restoreInto(reopened).problems());
		assertEquals(List.of("the dam will be finished by spring", "disagrees"),
				reopened.layer(DAM, CorpusStore.GOLD).orElseThrow().getClaims().stream().map(Span::getQuote).toList());
		assertEquals("Ilse Varga", reopened.corpus().getSources().get(0).getName());
		assertSame(reopened.corpus().getSources().get(0),
				reopened.layer(DAM, CorpusStore.GOLD).orElseThrow().getAttributions().get(0).getSource());
	}

	@Test
	void aFileChangedOnDiskAfterTheRestoreIsNotOverwrittenUnasked() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		recovery.newWriter().write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		CorpusStore reopened = CorpusStore.open(folder);
		recovery.list().snapshots().get(0).restoreInto(reopened);
		Path layerFile = folder.resolve("layers/gold/ferry-fares.attest");
		String changed = Files.readString(layerFile).replace("</attest:AnnotationLayer>", "\n</attest:AnnotationLayer>");

		Files.writeString(layerFile, changed); // another program, a synchronization

		assertThrows(FileChangedOnDiskException.class, reopened::save);
		assertEquals(changed, Files.readString(layerFile));
	}

	@Test
	void aDamagedFileIsReportedByNameAndTheOtherDocumentsAreRestored() throws IOException {
		AnnotationLayer damGold = store.layer(DAM, CorpusStore.GOLD).orElseThrow();
		claim(damGold, "disagrees");
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		RecoveryWriter writer = recovery.newWriter();
		writer.write(UnsavedFiles.of(store, List.of(damGold.eResource(), ferryGold.eResource()), CorpusStore.GOLD));
		Path damFile = generationFiles(writer).resolve("layers/gold/dam-story.attest");
		byte[] whole = Files.readAllBytes(damFile);
		Files.write(damFile, Arrays.copyOf(whole, whole.length / 2)); // truncated, as a full disk leaves it

		RecoveryStore.Listing listing = recovery.list();

		RecoverySnapshot snapshot = listing.snapshots().get(0);
		assertEquals(1, snapshot.problems().size());
		assertTrue(snapshot.problems().get(0).startsWith(damFile + " is damaged (" + whole.length / 2 + " bytes, " + whole.length + " when written"),
				snapshot.problems().get(0));
		CorpusStore reopened = CorpusStore.open(folder);
		RecoverySnapshot.Restored restored = snapshot.restoreInto(reopened);
		assertEquals(snapshot.problems(), restored.problems());
		assertEquals(1, restored.resources().size());
		assertEquals(List.of("fares will not rise"),
				reopened.layer(FERRY, CorpusStore.GOLD).orElseThrow().getClaims().stream().map(Span::getQuote).toList());
		assertEquals(List.of("the dam will be finished by spring"),
				reopened.layer(DAM, CorpusStore.GOLD).orElseThrow().getClaims().stream().map(Span::getQuote).toList(),
				"the damaged layer stays as saved");
	}

	@Test
	void aFileThatIsNoLayerIsReportedWithItsLineAndTheOthersAreRestored() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("layers/gold/dam-story.attest", "<?xml version=\"1.0\"?>\n<attest:AnnotationLayer xmlns:attest=\"".getBytes(StandardCharsets.UTF_8));
		files.put("layers/gold/ferry-fares.attest", store.serialize(ferryGold.eResource()));
		RecoveryWriter writer = recovery.newWriter();
		writer.write(new UnsavedFiles(folder, CorpusStore.GOLD, files));
		Path damFile = generationFiles(writer).resolve("layers/gold/dam-story.attest");

		RecoverySnapshot snapshot = recovery.list().snapshots().get(0);
		assertEquals(List.of(), snapshot.problems(), "the file is as it was written");
		RecoverySnapshot.Restored restored = snapshot.restoreInto(CorpusStore.open(folder));

		assertEquals(1, restored.problems().size());
		assertTrue(restored.problems().get(0).startsWith("Cannot read " + damFile + ": line 2"), restored.problems().get(0));
		assertEquals(1, restored.resources().size());
		assertEquals(List.of("fares will not rise"), ((AnnotationLayer) restored.resources().get(0).getContents().get(0))
				.getClaims().stream().map(Span::getQuote).toList());
	}

	@Test
	void onlyTheCorpusFileAndFilesOfLayersAreRestored() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Path documentFile = folder.resolve("documents/dam-story.attest");
		files.put("documents/dam-story.attest", Files.readAllBytes(documentFile));
		RecoveryWriter writer = recovery.newWriter();
		writer.write(new UnsavedFiles(folder, CorpusStore.GOLD, files));

		RecoverySnapshot.Restored restored = recovery.list().snapshots().get(0).restoreInto(CorpusStore.open(folder));

		assertEquals(List.of(), restored.resources());
		assertEquals(List.of(generationFiles(writer).resolve("documents/dam-story.attest") + ": 'documents/dam-story.attest' is not a file of the corpus in "
				+ folder), restored.problems());
	}

	@Test
	void anUnreadableManifestIsReportedAndOtherSnapshotsAreListed() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		RecoveryWriter broken = recovery.newWriter();
		broken.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		Path manifest = broken.folder().resolve("1/manifest.json");
		Files.writeString(manifest, "{\"version\": 1, \"corpus\": ");
		RecoveryWriter intact = recovery.newWriter();
		intact.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));

		RecoveryStore.Listing listing = recovery.list();

		assertEquals(1, listing.problems().size());
		assertTrue(listing.problems().get(0).startsWith("Cannot read the recovery manifest " + manifest + ": "), listing.problems().get(0));
		assertEquals(List.of(intact.folder()), listing.snapshots().stream().map(RecoverySnapshot::folder).toList());
	}

	@Test
	void eachWriteReplacesTheLastAndAnInterruptedWriteLeavesTheLastOne() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		RecoveryWriter writer = recovery.newWriter();
		claim(ferryGold, "fares");
		writer.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		claim(ferryGold, "this year");
		writer.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		assertEquals(List.of("2"), children(writer.folder()), "the first generation is deleted once the second is whole");
		// a write killed before its manifest: files of generation 3, no manifest
		Files.createDirectories(writer.folder().resolve("3/files/layers/gold"));
		Files.writeString(writer.folder().resolve("3/files/layers/gold/ferry-fares.attest"), "<?xml");

		List<RecoverySnapshot> snapshots = recovery.list(folder);

		assertEquals(1, snapshots.size());
		assertEquals(List.of(), snapshots.get(0).problems());
		CorpusStore reopened = CorpusStore.open(folder);
		snapshots.get(0).restoreInto(reopened);
		assertEquals(List.of("fares", "this year"),
				reopened.layer(FERRY, CorpusStore.GOLD).orElseThrow().getClaims().stream().map(Span::getQuote).toList());
	}

	@Test
	void aSnapshotEqualToTheSavedFilesDiffersFromNothingAndDiscardingDeletesIt() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		RecoveryWriter writer = recovery.newWriter();
		writer.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		RecoverySnapshot snapshot = recovery.list().snapshots().get(0);
		assertTrue(snapshot.differsFromSaved());

		store.save(List.of(ferryGold.eResource())); // the save finished; a crash came before the snapshot's deletion
		assertFalse(snapshot.differsFromSaved());

		snapshot.discard();
		assertFalse(Files.exists(writer.folder()));
		assertEquals(List.of(), recovery.list().snapshots());
	}

	@Test
	void aClosedWriterDeletesItsSnapshotAndWritesNoMore() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares will not rise");
		RecoveryWriter writer = recovery.newWriter();
		writer.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));

		writer.close();
		writer.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));

		assertFalse(Files.exists(writer.folder()));
	}

	@Test
	void aRestoredSnapshotIsWrittenOnByItsNextWriter() throws IOException {
		AnnotationLayer ferryGold = store.layer(FERRY, CorpusStore.GOLD).orElseThrow();
		claim(ferryGold, "fares");
		recovery.newWriter().write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));
		RecoverySnapshot snapshot = recovery.list().snapshots().get(0);

		RecoveryWriter continued = recovery.continueWriting(snapshot);
		claim(ferryGold, "this year");
		continued.write(UnsavedFiles.of(store, List.of(ferryGold.eResource()), CorpusStore.GOLD));

		assertEquals(snapshot.folder(), continued.folder());
		assertEquals(1, recovery.list().snapshots().size());
		CorpusStore reopened = CorpusStore.open(folder);
		recovery.list().snapshots().get(0).restoreInto(reopened);
		assertEquals(2, reopened.layer(FERRY, CorpusStore.GOLD).orElseThrow().getClaims().size());
	}

	private void addDocument(String id, String text) throws IOException {
		Document document = F.createDocument();
		document.setId(id);
		document.setText(text);
		store.addDocument(document);
	}

	private static ClaimMention claim(AnnotationLayer layer, String quote) {
		ClaimMention claim = F.createClaimMention();
		place(claim, layer.getDocument().getText(), quote);
		layer.getClaims().add(claim);
		return claim;
	}

	private static void attribute(AnnotationLayer layer, ClaimMention claim, Source source, String name) {
		SourceMention mention = F.createSourceMention();
		place(mention, layer.getDocument().getText(), name);
		mention.setSource(source);
		layer.getSourceMentions().add(mention);
		Attribution attribution = F.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setMention(mention);
		attribution.setStance("support");
		layer.getAttributions().add(attribution);
	}

	private static void place(Span span, String text, String quote) {
		int begin = text.indexOf(quote);
		span.setBegin(begin);
		span.setEnd(begin + quote.length());
		span.setQuote(quote);
	}

	/** Every file of the corpus folder, by relative path, as strings (so that the maps compare by content). */
	private Map<String, byte[]> savedFiles() throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return new ComparableFiles(files);
	}

	private static Path generationFiles(RecoveryWriter writer) throws IOException {
		return writer.folder().resolve(children(writer.folder()).get(0)).resolve("files");
	}

	private static List<String> children(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.map(child -> child.getFileName().toString()).sorted().toList();
		}
	}

	/** A map of file contents whose equality compares the bytes. */
	private static final class ComparableFiles extends TreeMap<String, byte[]> {
		private static final long serialVersionUID = 1L;

		ComparableFiles(Map<String, byte[]> files) {
			super(files);
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Map<?, ?> map) || !map.keySet().equals(keySet())) {
				return false;
			}
			return entrySet().stream().allMatch(entry -> map.get(entry.getKey()) instanceof byte[] bytes
					&& Arrays.equals(bytes, entry.getValue()));
		}

		@Override
		public int hashCode() {
			return keySet().hashCode();
		}
	}
}
