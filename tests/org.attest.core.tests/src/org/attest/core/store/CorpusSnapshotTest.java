package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.attest.core.export.SampleCopy;
import org.attest.core.tests.ChildJvm;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot holds the corpus files as saved when it was taken, whatever is saved afterwards or while it is
 * taken, and leaves nothing behind. The sample corpus: its gold layer of riverton-dam-delay rates the claim
 * e8620389-… "barely-true" and its registry has 23 sources (samples/layers/gold, samples/corpus.attest).
 */
class CorpusSnapshotTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	private static final String CLAIM = "e8620389-f382-49de-bf3c-3a45eca78ee1";
	/** The sample corpus's files the store reads: the corpus file, three documents, two annotators' layers. */
	private static final List<String> SAMPLE_FILES = List.of("corpus.attest", "documents/harbor-fish-stocks.attest",
			"documents/ministry-denies-report.attest", "documents/riverton-dam-delay.attest",
			"layers/ana/harbor-fish-stocks.attest", "layers/ana/ministry-denies-report.attest",
			"layers/ana/riverton-dam-delay.attest", "layers/gold/harbor-fish-stocks.attest",
			"layers/gold/ministry-denies-report.attest", "layers/gold/riverton-dam-delay.attest");

	@TempDir
	Path temp;

	private Path corpus;

	@BeforeEach
	void copySamples() throws IOException {
		corpus = SampleCopy.open(temp).folder();
	}

	@Test
	void aSnapshotHoldsTheFilesAsSavedWhenItWasTaken() throws IOException {
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
			saveAnEditorsWork(corpus);

			CorpusStore before = CorpusStore.open(snapshot.folder());
			assertEquals("barely-true", claim(before).getCredibility());
			assertEquals(23, before.corpus().getSources().size());
			CorpusStore after = CorpusStore.open(corpus);
			assertEquals("pants-fire", claim(after).getCredibility());
			assertEquals(24, after.corpus().getSources().size());
		}
	}

	@Test
	void itsFilesAreHardLinksBesideTheCorpusAndWhatUnfinishedSavesLeftIsNotInIt() throws IOException {
		Files.writeString(corpus.resolve("layers/gold/riverton-dam-delay.attest.saving"), "<half a layer");
		Files.writeString(corpus.resolve("notes.txt"), "not a corpus file");
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
			assertEquals(SAMPLE_FILES, filesUnder(snapshot.folder()));
			assertEquals(corpus.getParent(), snapshot.folder().getParent());
			assertTrue(snapshot.folder().getFileName().toString().startsWith(".samples.snapshot"), snapshot.folder()::toString);
			assertEquals(10, snapshot.linkedFiles());
			assertEquals(0, snapshot.copiedFiles());
			for (String file : SAMPLE_FILES) {
				assertTrue(Files.isSameFile(corpus.resolve(file), snapshot.folder().resolve(file)), file);
			}
		}
	}

	@Test
	void anExportsSnapshotHoldsTheLayersOfItsAnnotatorOnly() throws IOException {
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, "gold", new NullProgressMonitor())) {
			assertEquals(List.of("corpus.attest", "documents/harbor-fish-stocks.attest", "documents/ministry-denies-report.attest",
					"documents/riverton-dam-delay.attest", "layers/gold/harbor-fish-stocks.attest",
					"layers/gold/ministry-denies-report.attest", "layers/gold/riverton-dam-delay.attest"), filesUnder(snapshot.folder()));
		}
	}

	@Test
	void whereFilesCannotBeLinkedTheyAreCopied() throws IOException {
		CorpusSnapshot.FileLinker onAnotherVolume = (link, existing) -> {
			throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
		};
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, annotator -> true, onAnotherVolume, new NullProgressMonitor())) {
			assertEquals(0, snapshot.linkedFiles());
			assertEquals(10, snapshot.copiedFiles());
			assertEquals(SAMPLE_FILES, filesUnder(snapshot.folder()));
			for (String file : SAMPLE_FILES) {
				assertFalse(Files.isSameFile(corpus.resolve(file), snapshot.folder().resolve(file)), file);
				assertEquals(-1L, Files.mismatch(corpus.resolve(file), snapshot.folder().resolve(file)), file);
			}
			saveAnEditorsWork(corpus);
			assertEquals("barely-true", claim(CorpusStore.open(snapshot.folder())).getCredibility());
		}
	}

	/**
	 * A save of a layer together with the corpus file (a new registry source the layer names) starts while the
	 * snapshot is being taken, after the corpus file is in it and before the layers are: it waits until the
	 * snapshot is taken, so the snapshot has neither file's new content rather than the new layer with the old
	 * registry.
	 */
	@Test
	void aSaveStartedWhileTheSnapshotIsTakenWaitsForIt() throws Exception {
		ReentrantLock lock = CorpusFolderLocks.of(corpus);
		AtomicReference<Thread> saver = new AtomicReference<>();
		AtomicReference<Throwable> saveFailure = new AtomicReference<>();
		CorpusSnapshot.FileLinker savingMeanwhile = (link, existing) -> {
			if (saver.get() == null) {
				Thread thread = new Thread(() -> {
					try {
						saveAnEditorsWork(corpus);
					} catch (Throwable e) {
						saveFailure.set(e);
					}
				}, "saver");
				saver.set(thread);
				thread.start();
				awaitCondition("the save waiting for the lock or done", () -> lock.hasQueuedThread(thread) || !thread.isAlive());
				assertTrue(thread.isAlive(), "the save did not wait for the snapshot");
			}
			Files.createLink(link, existing);
		};

		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, annotator -> true, savingMeanwhile, new NullProgressMonitor())) {
			saver.get().join(Duration.ofMinutes(1));
			assertEquals(null, saveFailure.get());

			CorpusStore taken = CorpusStore.open(snapshot.folder());
			assertEquals("barely-true", claim(taken).getCredibility());
			assertEquals(23, taken.corpus().getSources().size());
			assertEquals("pants-fire", claim(CorpusStore.open(corpus)).getCredibility());
		}
	}

	@Test
	void closingDeletesTheSnapshotAndNothingElse() throws IOException {
		CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, new NullProgressMonitor());
		snapshot.close();

		assertFalse(Files.exists(snapshot.folder()));
		assertEquals(List.of(corpus), entriesOf(temp));
		assertEquals("barely-true", claim(CorpusStore.open(corpus)).getCredibility());
	}

	@Test
	void whatAKilledExportLeftIsDeletedByTheNextSnapshotAndNothingInUseIs() throws Exception {
		Process holder = ChildJvm.builder(SnapshotHolder.class,
				List.of(CorpusStore.class, IProgressMonitor.class, NLS.class), List.of("-XX:TieredStopAtLevel=1"),
				List.of(corpus.toString())).redirectError(Redirect.INHERIT).start();
		Path held;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertTrue(line != null && line.startsWith("taken "), () -> "the holder said " + line);
			held = Path.of(line.substring("taken ".length()));
			try (CorpusSnapshot mine = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
				assertTrue(Files.isDirectory(held), "another process's snapshot in use is kept");
				try (CorpusSnapshot another = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
					assertTrue(Files.isDirectory(mine.folder()), "this process's snapshot in use is kept");
				}
			}
		} finally {
			holder.toHandle().destroyForcibly(); // SIGKILL: the snapshot stays, its lock goes with the process
			holder.waitFor();
		}
		assertTrue(Files.isDirectory(held), "the killed process's snapshot is left behind");

		try (CorpusSnapshot next = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
			assertFalse(Files.exists(held), "deleted by the next snapshot");
			assertEquals(List.of(next.folder(), next.folder().resolveSibling(next.folder().getFileName() + ".lock"), corpus),
					entriesOf(temp));
		}
		assertEquals(List.of(corpus), entriesOf(temp));
	}

	@Test
	void aCancelledSnapshotLeavesNothing() throws IOException {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class, () -> CorpusSnapshot.take(corpus, cancelled));

		assertEquals(List.of(corpus), entriesOf(temp));
	}

	@Test
	void aFolderWithoutCorpusFileIsRefusedAndNothingIsCreated() throws IOException {
		Path empty = Files.createDirectories(temp.resolve("empty"));

		IOException refused = assertThrows(IOException.class, () -> CorpusSnapshot.take(empty, new NullProgressMonitor()));

		assertTrue(refused.getMessage().contains(empty.resolve("corpus.attest").toString()), refused::getMessage);
		assertEquals(List.of(empty, corpus), entriesOf(temp));
	}

	@Test
	void messagesNameTheCorpusFilesRatherThanTheSnapshots() throws IOException {
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, new NullProgressMonitor())) {
			assertEquals("Cannot read " + corpus + "/documents/a.attest: bad",
					snapshot.inCorpusTerms("Cannot read " + snapshot.folder() + "/documents/a.attest: bad"));
		}
	}

	/** What saving an editor writes: a claim rated anew in the gold layer, and a new registry source it names. */
	private static void saveAnEditorsWork(Path folder) throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		Source source = AttestFactory.eINSTANCE.createSource();
		source.setId("harlan-voss");
		source.setName("Harlan Voss");
		store.corpus().getSources().add(source);
		ClaimMention claim = claim(store);
		claim.setCredibility("pants-fire");
		Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setStance("deny");
		store.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow().getAttributions().add(attribution);
		store.save();
	}

	private static ClaimMention claim(CorpusStore store) throws IOException {
		return store.layer(DOCUMENT, CorpusStore.GOLD).orElseThrow().getClaims().stream()
				.filter(claim -> CLAIM.equals(claim.getId())).findFirst().orElseThrow();
	}

	private static List<String> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	private static List<Path> entriesOf(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
	}

	private static void awaitCondition(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.onSpinWait();
		}
	}
}
