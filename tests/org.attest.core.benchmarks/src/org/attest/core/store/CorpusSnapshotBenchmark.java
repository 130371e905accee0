package org.attest.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.attest.core.benchmarks.BenchmarkReports;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (issue #7): how long taking a {@link CorpusSnapshot} takes, which is how long a save in
 * the workbench may wait while an export starts (the snapshot holds the corpus folder's save lock). A corpus of
 * {@value #DOCUMENTS} documents with two annotators' layers each, by hard links and, as where the file system
 * cannot link, by copies. The files are written as bytes of the sizes of real ones (the snapshot never parses them); their
 * writing is not timed. Writes the "snapshot-benchmark" section of docs/benchmarks.md. Run with
 * {@code releng/scripts/benchmark.sh}.
 */
class CorpusSnapshotBenchmark {

	private static final int DOCUMENTS = 10_000;
	/** The sizes of the sample corpus's files: a document of about 3,700 characters, and its gold layer of 9 claims. */
	private static final int DOCUMENT_BYTES = 4_300;
	private static final int LAYER_BYTES = 13_000;
	private static final int CORPUS_FILE_BYTES = 7_700;
	private static final int RUNS = 3;
	/** What an export's snapshot holds: the corpus file, the documents and one annotator's layers. */
	private static final int EXPORT_FILES = 2 * DOCUMENTS + 1;

	@Test
	void snapshotTime() throws IOException {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Path work = Files.createTempDirectory("attest-snapshot-benchmark");
		try {
			Path corpus = generate(work.resolve("corpus"));
			long bytes = sizeOf(corpus);
			List<Double> exportLinks = new ArrayList<>();
			List<Double> allLinks = new ArrayList<>();
			List<Double> exportCopies = new ArrayList<>();
			CorpusSnapshot.FileLinker cannotLink = (link, existing) -> {
				throw new UnsupportedOperationException("no hard links here");
			};
			Predicate<String> gold = CorpusStore.GOLD::equals;
			time(corpus, gold, Files::createLink, EXPORT_FILES, 0); // warm-up, not counted
			for (int run = 0; run < RUNS; run++) {
				exportLinks.add(time(corpus, gold, Files::createLink, EXPORT_FILES, 0));
				allLinks.add(time(corpus, annotator -> true, Files::createLink, EXPORT_FILES + DOCUMENTS, 0));
				exportCopies.add(time(corpus, gold, cannotLink, 0, EXPORT_FILES));
			}
			String report = String.format(Locale.ROOT, """
					<!-- snapshot-benchmark -->
					## Export snapshot: %,d documents with two annotators' layers

					Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks, `CorpusSnapshotBenchmark`) on
					%s, %d cores (load average %.1f when it started), Java %s, on the temporary folder's file system. The corpus:
					the corpus file, %,d document files of %,d bytes and, for each of two annotators (gold and ana), %,d layer
					files of %,d bytes (%.0f MB in all). Medians of %d runs after a warm-up run. An export's snapshot holds the
					layers of the annotator it exports; a save in the workbench that starts while a snapshot is taken waits
					until it is taken.

					| snapshot | files | time |
					|---|---|---|
					| an export's (corpus file, documents, gold layers), hard links | %,d | %.2f s |
					| every file (both annotators' layers), hard links | %,d | %.2f s |
					| an export's, copies (a file system without hard links) | %,d | %.2f s |
					<!-- /snapshot-benchmark -->
					""", DOCUMENTS, LocalDate.now(), BenchmarkReports.cpu(), Runtime.getRuntime().availableProcessors(), load,
					System.getProperty("java.version"), DOCUMENTS, DOCUMENT_BYTES, DOCUMENTS, LAYER_BYTES, bytes / 1e6, RUNS,
					EXPORT_FILES, median(exportLinks), EXPORT_FILES + DOCUMENTS, median(allLinks), EXPORT_FILES, median(exportCopies));
			System.out.println(report);
			BenchmarkReports.writeSection("snapshot-benchmark", report);
		} finally {
			BenchmarkReports.deleteTree(work);
		}
	}

	private static Path generate(Path corpus) throws IOException {
		Path documents = Files.createDirectories(corpus.resolve(CorpusStore.DOCUMENTS_FOLDER));
		Path layers = Files.createDirectories(corpus.resolve(CorpusStore.LAYERS_FOLDER).resolve(CorpusStore.GOLD));
		Path otherLayers = Files.createDirectories(corpus.resolve(CorpusStore.LAYERS_FOLDER).resolve("ana"));
		byte[] document = filled(DOCUMENT_BYTES);
		byte[] layer = filled(LAYER_BYTES);
		Files.write(corpus.resolve(CorpusStore.CORPUS_FILE), filled(CORPUS_FILE_BYTES));
		for (int n = 0; n < DOCUMENTS; n++) {
			String file = String.format(Locale.ROOT, "doc-%06d.attest", n);
			Files.write(documents.resolve(file), document);
			Files.write(layers.resolve(file), layer);
			Files.write(otherLayers.resolve(file), layer);
		}
		return corpus;
	}

	private static byte[] filled(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 'x');
		return bytes;
	}

	/** Takes a snapshot, checks how its files came, deletes it (not timed) and returns the seconds it took. */
	private static double time(Path corpus, Predicate<String> annotators, CorpusSnapshot.FileLinker linker, int linked,
			int copied) throws IOException {
		long start = System.nanoTime();
		CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, annotators, linker, new NullProgressMonitor());
		double seconds = (System.nanoTime() - start) / 1e9;
		assertEquals(linked, snapshot.linkedFiles());
		assertEquals(copied, snapshot.copiedFiles());
		snapshot.close();
		return seconds;
	}

	private static double median(List<Double> seconds) {
		return seconds.stream().sorted().toList().get(seconds.size() / 2);
	}

	private static long sizeOf(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}


}
