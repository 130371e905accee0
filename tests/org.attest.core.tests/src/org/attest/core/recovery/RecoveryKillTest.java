package org.attest.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.core.tests.ChildJvm;
import org.attest.core.tests.LargeLayerCorpus;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.ClaimMention;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * An editor process writing recovery snapshots of a large unsaved layer ({@link SnapshottingEditor}) is killed with
 * SIGKILL at random moments, {@value #KILLS} times: after each kill the recovery folder holds one snapshot, intact,
 * that restores the whole layer as of the last snapshot written or the one being written, and the corpus's own
 * files are unchanged. The seed of the moments is printed; {@code -Dattest.crash.seed=N} replays them.
 */
class RecoveryKillTest {

	private static final int KILLS = 12;
	private static final int MAX_KILL_DELAY_MILLIS = 120;
	private static final int CLAIMS = 2_000;
	private static final long EDITOR_TIMEOUT_SECONDS = 60;

	@TempDir
	Path temp;

	@Test
	void aKilledEditorLeavesARecoverableSnapshotOfItsLastOrItsPendingWrite() throws Exception {
		long seed = Long.getLong("attest.crash.seed", System.nanoTime());
		Random random = new Random(seed);
		Path corpus = temp.resolve("corpus");
		createLargeCorpus(corpus);
		Map<String, String> saved = hashes(corpus);
		long serializeNanos = 0;
		long writeNanos = 0;
		int writes = 0;
		int midWrite = 0;
		for (int kill = 1; kill <= KILLS; kill++) {
			String context = "kill " + kill + " of the run with -Dattest.crash.seed=" + seed;
			Path recovery = temp.resolve("recovery-" + kill);
			List<String> lines = runAndKill(corpus, recovery, random.nextInt(MAX_KILL_DELAY_MILLIS + 1), context);
			long lastWritten = 0;
			long pending = 0;
			for (String line : lines) {
				String[] words = line.split(" ");
				long generation = Long.parseLong(words[1]);
				if (words[0].equals("writing")) {
					pending = generation;
					serializeNanos += Long.parseLong(words[2]);
				} else {
					lastWritten = generation;
					pending = 0;
					writes++;
					writeNanos += Long.parseLong(words[2]);
				}
			}
			if (pending != 0) {
				midWrite++;
			}

			RecoveryStore.Listing listing = new RecoveryStore(recovery).list();
			assertEquals(List.of(), listing.problems(), context);
			assertEquals(1, listing.snapshots().size(), context);
			RecoverySnapshot snapshot = listing.snapshots().get(0);
			assertEquals(List.of(), snapshot.problems(), context);
			CorpusStore store = CorpusStore.open(corpus);
			assertEquals(List.of(), snapshot.restoreInto(store).problems(), context);
			AnnotationLayer layer = store.layer(SnapshottingEditor.DOCUMENT, CorpusStore.GOLD).orElseThrow();
			assertEquals(CLAIMS, layer.getClaims().size(), context);
			assertEquals(CLAIMS / 2, layer.getAttributions().size(), context);
			long restored = layer.getClaims().stream().map(ClaimMention::getNote).filter(note -> note.startsWith("generation "))
					.mapToLong(note -> Long.parseLong(note.substring("generation ".length()))).max().orElseThrow();
			assertTrue(restored == lastWritten || restored == pending, context + ": the snapshot holds generation " + restored
					+ ", the editor had written " + lastWritten + " and was writing " + (pending == 0 ? "none" : pending));
			assertEquals(saved, hashes(corpus), context + ": the corpus's files changed");
		}
		assertTrue(midWrite > 0, "no kill landed during a write: the moments are not spread over the writes");
		System.out.println(String.format(Locale.ROOT, "RecoveryKillTest: seed %d: %d kills, %d during a write; layer file %,d bytes; "
				+ "%d snapshots written, mean serialization %.1f ms, mean write (files, fsync, manifest) %.1f ms", seed, KILLS,
				midWrite, Files.size(corpus.resolve("layers/gold/" + SnapshottingEditor.DOCUMENT + ".attest")), writes,
				serializeNanos / 1e6 / Math.max(1, writes + midWrite), writeNanos / 1e6 / Math.max(1, writes)));
	}

	/** Starts the editor, kills it {@code delay} ms after its first snapshot is written, and returns what it said after "ready". */
	private List<String> runAndKill(Path corpus, Path recovery, int delay, String context) throws Exception {
		Path errors = temp.resolve("editor-errors.txt");
		Process editor = ChildJvm.builder(SnapshottingEditor.class,
				List.of(CorpusStore.class, AttestPackage.class, EObject.class, URI.class, XMLResource.class, NLS.class, Gson.class),
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.of(corpus.toString(), recovery.toString()))
				.redirectError(errors.toFile()).start();
		CompletableFuture<Void> watchdog = CompletableFuture.runAsync(editor::destroyForcibly,
				CompletableFuture.delayedExecutor(EDITOR_TIMEOUT_SECONDS, TimeUnit.SECONDS));
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(editor.getInputStream(), StandardCharsets.UTF_8))) {
			String first = out.readLine();
			if (!"ready".equals(first)) {
				fail(context + ": the editor did not start (" + first + "): " + Files.readString(errors));
			}
			for (String line = ""; !line.startsWith("written ");) {
				line = out.readLine();
				if (line == null) {
					fail(context + ": the editor ended before it wrote a snapshot: " + Files.readString(errors));
				}
				lines.add(line);
			}
			Thread.sleep(delay);
			assertTrue(editor.isAlive(), () -> context + ": the editor stopped by itself");
			editor.toHandle().destroyForcibly();
			editor.waitFor();
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
			}
		} finally {
			watchdog.cancel(false);
			editor.destroyForcibly();
		}
		return lines;
	}

	/** A gold layer of {@value #CLAIMS} claims, half as many source mentions and attributions: about 1 MB of XMI. */
	private static void createLargeCorpus(Path folder) throws IOException {
		LargeLayerCorpus.create(folder, "Recovery kill test", SnapshottingEditor.DOCUMENT, CLAIMS, claim -> claim.setNote("saved"));
	}

	private static Map<String, String> hashes(Path folder) throws IOException, NoSuchAlgorithmException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(folder.relativize(file).toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
			}
		}
		return hashes;
	}
}
