package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.core.tests.ChildJvm;
import org.attest.core.tests.LargeLayerCorpus;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving a large layer is killed with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux and macOS)
 * at random moments, {@value #KILLS} times: after every kill each file of the corpus is byte for byte the
 * version it had before the interrupted write or the version that write was given, never anything else, and
 * the corpus opens with its layer whole and no leftover of the write beside it.
 * <p>
 * Each kill comes a random time after the saver announces a write of the layer: within the write, or after it,
 * during the corpus file's write or the next serialization. {@value #WORKERS} savers run side by side on copies
 * of the corpus, as a Java start dominates each run. The moments come from a seeded random generator; the seed
 * is printed, and {@code -Dattest.crash.seed=N} replays the same moments. A kill cuts a process, not the power:
 * what reached the operating system survives it.
 */
class CrashSafetyTest {

	private static final int KILLS = 60;
	private static final int WORKERS = 2;
	/** The longest wait from a layer write's announcement to the kill: a few times such a write's duration. */
	private static final int MAX_KILL_DELAY_MILLIS = 80;
	private static final int CLAIMS = 2_000;
	private static final String LAYER_FILE = "layers/gold/" + CrashingSaver.DOCUMENT + ".attest";
	private static final long SAVER_TIMEOUT_SECONDS = 60;


	@TempDir
	Path temp;

	@Test
	void everyFileIsTheOldOrTheNewVersionAfterEveryKill() throws Exception {
		long seed = Long.getLong("attest.crash.seed", System.nanoTime());
		Path original = temp.resolve("corpus");
		createLargeCorpus(original);
		long layerBytes = Files.size(original.resolve(LAYER_FILE));
		long start = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		Tally tally = new Tally();
		try {
			List<Future<Tally>> runs = new ArrayList<>();
			for (int worker = 0; worker < WORKERS; worker++) {
				Path corpus = copy(original, temp.resolve("corpus-" + worker));
				Random random = new Random(seed + worker);
				String name = "saver " + worker + " of the run with -Dattest.crash.seed=" + seed;
				runs.add(workers.submit(() -> killRepeatedly(corpus, random, KILLS / WORKERS, name)));
			}
			for (Future<Tally> run : runs) {
				try {
					tally.add(run.get());
				} catch (ExecutionException e) {
					if (e.getCause() instanceof Error error) {
						throw error;
					}
					throw e;
				}
			}
		} finally {
			workers.shutdownNow();
		}

		assertEquals(KILLS, tally.kills);
		assertTrue(tally.killedMidWrite > 0, "no kill landed during a write: the moments are not spread over the saves");
		System.out.println(String.format(Locale.ROOT, "CrashSafetyTest: seed %d: %d kills (%d during a write, which left %d files "
				+ "old and %d new), %d layer saves completed, layer file %,d bytes, mean layer write %.1f ms, %.1f s in all", seed,
				tally.kills, tally.killedMidWrite, tally.interruptedOld, tally.interruptedNew, tally.layerSaves, layerBytes,
				tally.layerWriteNanos / 1e6 / Math.max(1, tally.layerSaves), (System.nanoTime() - start) / 1e9));
	}

	/** Runs the saver on the corpus and kills it, {@code kills} times, checking the files after each kill. */
	private Tally killRepeatedly(Path corpus, Random random, int kills, String name) throws Exception {
		Map<String, String> versions = hashes(corpus);
		Tally tally = new Tally();
		for (int kill = 1; kill <= kills; kill++) {
			String context = name + ", kill " + kill;
			List<String> lines = runAndKill(corpus, random.nextInt(MAX_KILL_DELAY_MILLIS + 1), context);
			Map<String, String> pending = new TreeMap<>();
			for (String line : lines) {
				String[] words = line.split(" ");
				switch (words[0]) {
				case "writing" -> pending.put(words[1], words[2]);
				case "written" -> {
					versions.put(words[1], pending.remove(words[1]));
					tally.written(words[1], Long.parseLong(words[2]));
				}
				default -> fail(context + ": the saver said " + line);
				}
			}
			tally.killed(!pending.isEmpty());
			Map<String, String> found = hashes(corpus);
			for (Map.Entry<String, String> file : found.entrySet()) {
				String path = file.getKey();
				if (path.endsWith(AtomicFileWriter.TEMP_SUFFIX)) {
					String of = path.substring(0, path.length() - AtomicFileWriter.TEMP_SUFFIX.length());
					assertTrue(pending.containsKey(of), context + ": " + path + " is left though no write of " + of + " was under way");
					continue;
				}
				String old = versions.get(path);
				String interrupted = pending.get(path);
				assertNotNull(old, context + ": " + path + " appeared");
				assertTrue(file.getValue().equals(old) || file.getValue().equals(interrupted),
						context + ": " + path + " is neither its old version nor the new one being written");
				if (interrupted != null) {
					tally.interrupted(file.getValue().equals(interrupted));
				}
				versions.put(path, file.getValue());
			}
			assertEquals(versions.keySet(), found.keySet().stream().filter(path -> !path.endsWith(AtomicFileWriter.TEMP_SUFFIX))
					.collect(Collectors.toSet()), context + ": files are missing");
			opensWhole(corpus, context);
		}
		return tally;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()));
			}
		}
		return to;
	}

	/**
	 * Starts the saver, kills it {@code delay} ms after it announces its first write of the layer, and returns
	 * what it said after "ready". The kill goes through the process handle: {@link Process#destroyForcibly()}
	 * sends the same SIGKILL but also closes the pipe, losing what the saver said last.
	 */
	private List<String> runAndKill(Path corpus, int delay, String context) throws Exception {
		Path errors = corpus.resolveSibling(corpus.getFileName() + "-errors.txt");
		Process saver = ChildJvm.builder(CrashingSaver.class,
				List.of(CorpusStore.class, AttestPackage.class, EObject.class, URI.class, XMLResource.class, NLS.class),
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.of(corpus.toString()))
				.redirectError(errors.toFile()).start();
		// a saver that never gets as far as a write is ended, so that reading its output ends too
		CompletableFuture<Void> watchdog = CompletableFuture.runAsync(saver::destroyForcibly,
				CompletableFuture.delayedExecutor(SAVER_TIMEOUT_SECONDS, TimeUnit.SECONDS));
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
			String first = out.readLine();
			if (!"ready".equals(first)) {
				fail(context + ": the saver did not start (" + first + "): " + readQuietly(errors));
			}
			for (String line = ""; !line.startsWith("writing " + LAYER_FILE);) {
				line = out.readLine();
				if (line == null) {
					fail(context + ": the saver ended before it wrote the layer: " + readQuietly(errors));
				}
				lines.add(line);
			}
			Thread.sleep(delay);
			assertTrue(saver.isAlive(), () -> context + ": the saver stopped by itself: " + readQuietly(errors));
			saver.toHandle().destroyForcibly();
			saver.waitFor();
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
			}
		} finally {
			watchdog.cancel(false);
			saver.destroyForcibly();
		}
		return lines;
	}

	/** The corpus opens, with no leftover of an interrupted write, and its layer and document load whole. */
	private static void opensWhole(Path corpus, String context) throws IOException {
		CorpusStore store = CorpusStore.open(corpus);
		try (Stream<Path> files = Files.walk(corpus)) {
			assertEquals(List.of(), files.filter(f -> f.toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).toList(),
					context + ": opening left the unfinished files");
		}
		AnnotationLayer layer = store.layer(CrashingSaver.DOCUMENT, CorpusStore.GOLD).orElseThrow();
		assertEquals(CLAIMS, layer.getClaims().size(), context);
		assertEquals(CLAIMS / 2, layer.getAttributions().size(), context);
		assertEquals(store.document(CrashingSaver.DOCUMENT), layer.getDocument(), context);
	}

	/** SHA-256 of every file in the folder, by name relative to it with '/'. */
	private static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new HashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(folder.relativize(file).toString().replace('\\', '/'), CrashingSaver.sha256(Files.readAllBytes(file)));
			}
		}
		return hashes;
	}

	/**
	 * A corpus whose gold layer of one long article holds {@value #CLAIMS} claims, half as many source mentions
	 * and attributions: a layer file of a few megabytes, which takes a measurable time to write. The saver counts
	 * its generations in the first source's note.
	 */
	private static void createLargeCorpus(Path folder) throws IOException {
		CorpusStore store = LargeLayerCorpus.create(folder, "Crash test", CrashingSaver.DOCUMENT, CLAIMS, claim -> {
			claim.setCredibility("half-true");
			claim.setNote("generation 0");
		});
		store.corpus().getSources().get(0).setNote("0");
		store.save();
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	/** What the runs did, for the figures in docs/reliability.md. */
	private static final class Tally {
		int kills;
		int layerSaves;
		long layerWriteNanos;
		int killedMidWrite;
		int interruptedOld;
		int interruptedNew;

		void written(String file, long nanos) {
			if (file.equals(LAYER_FILE)) {
				layerSaves++;
				layerWriteNanos += nanos;
			}
		}

		void killed(boolean midWrite) {
			kills++;
			if (midWrite) {
				killedMidWrite++;
			}
		}

		void add(Tally other) {
			kills += other.kills;
			layerSaves += other.layerSaves;
			layerWriteNanos += other.layerWriteNanos;
			killedMidWrite += other.killedMidWrite;
			interruptedOld += other.interruptedOld;
			interruptedNew += other.interruptedNew;
		}

		void interrupted(boolean endedNew) {
			if (endedNew) {
				interruptedNew++;
			} else {
				interruptedOld++;
			}
		}
	}
}
