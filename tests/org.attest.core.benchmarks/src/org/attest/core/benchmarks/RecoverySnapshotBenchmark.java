package org.attest.core.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.recovery.RecoverySnapshot;
import org.attest.core.recovery.RecoveryStore;
import org.attest.core.recovery.RecoveryWriter;
import org.attest.core.recovery.UnsavedFiles;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: the recovery snapshot of the editor benchmark's layer (a 1 MB article with 20,000 spans,
 * 6,667 attributions), unsaved. <i>Capture</i> is what the workbench does on the UI thread 2 s after the latest
 * change ({@link UnsavedFiles#capture}: a copy); <i>serialize</i> and <i>write</i> are the background job's part
 * (XMI; files, fsync, manifest, the previous generation deleted); <i>list</i> is the start-up check's reading and verifying of the snapshot (SHA-256) and its
 * comparison with the saved file; <i>restore</i> loads it into a freshly opened store. Writes the figures to
 * docs/benchmarks.md. Run with {@code releng/scripts/benchmark.sh}.
 */
class RecoverySnapshotBenchmark {

	private static final int TEXT_LENGTH = 1_000_000;
	private static final int SPANS = 20_000;
	private static final int RUNS = 9;
	private static final String MARKER = "recovery-benchmark";

	@Test
	void snapshotOfATwentyThousandSpanLayer() throws IOException {
		String load = BenchmarkReports.loadAverage();
		Path temp = Files.createTempDirectory("attest-recovery-benchmark");
		try {
			Path corpus = temp.resolve("corpus");
			CorpusStore store = generate(corpus);
			AnnotationLayer layer = store.layer("big", CorpusStore.GOLD).orElseThrow();
			// the unsaved change: one more claim, as after a key
			ClaimMention claim = AttestFactory.eINSTANCE.createClaimMention();
			SpanAnchors.place(claim, layer.getDocument().getText(), 10, 20);
			layer.getClaims().add(claim);
			RecoveryStore recovery = new RecoveryStore(temp.resolve("recovery"));
			RecoveryWriter writer = recovery.newWriter();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			double[] capture = new double[RUNS];
			double[] captureCpu = new double[RUNS];
			double[] serializeCpu = new double[RUNS];
			double[] serialize = new double[RUNS];
			double[] write = new double[RUNS];
			double[] list = new double[RUNS];
			double[] restore = new double[RUNS];
			long bytes = 0;
			for (int run = -RUNS; run < RUNS; run++) {
				long startCpu = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				UnsavedFiles.Capture captured = UnsavedFiles.capture(store, List.of(layer.eResource()), CorpusStore.GOLD);
				long copied = System.nanoTime();
				long copiedCpu = threads.getCurrentThreadCpuTime();
				UnsavedFiles unsaved = captured.serialize();
				long serializedCpu = threads.getCurrentThreadCpuTime();
				long serialized = System.nanoTime();
				writer.write(unsaved);
				long written = System.nanoTime();
				RecoverySnapshot snapshot = recovery.list().snapshots().get(0);
				if (!snapshot.differsFromSaved() || !snapshot.problems().isEmpty()) {
					throw new AssertionError("the snapshot should differ from the saved layer and be whole: " + snapshot.problems());
				}
				long listed = System.nanoTime();
				CorpusStore reopened = CorpusStore.open(corpus);
				long opened = System.nanoTime();
				if (snapshot.restoreInto(reopened).resources().size() != 1) {
					throw new AssertionError("the layer should be restored");
				}
				long restored = System.nanoTime();
				if (run >= 0) {
					capture[run] = (copied - start) / 1e6;
					captureCpu[run] = (copiedCpu - startCpu) / 1e6;
					serializeCpu[run] = (serializedCpu - copiedCpu) / 1e6;
					serialize[run] = (serialized - copied) / 1e6;
					write[run] = (written - serialized) / 1e6;
					list[run] = (listed - written) / 1e6;
					restore[run] = (restored - opened) / 1e6;
				}
				bytes = unsaved.files().values().iterator().next().length;
			}
			String report = report(bytes, load, median(capture), median(captureCpu), median(serialize), median(serializeCpu), median(write), median(list), median(restore));
			System.out.println(report);
			BenchmarkReports.writeSection(MARKER, report);
		} finally {
			try (Stream<Path> paths = Files.walk(temp)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/** The editor benchmark's corpus: the sample articles' paragraphs repeated to 1 MB, a gold layer of 20,000 spans. */
	private static CorpusStore generate(Path folder) throws IOException {
		String content = SampleArticles.text(SampleArticles.paragraphs(), 0, TEXT_LENGTH);
		CorpusStore store = CorpusStore.create(folder, "Benchmark", DefaultLabelSchema.create());
		AttestFactory f = AttestFactory.eINSTANCE;
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Source source = f.createSource();
			source.setId("source-" + i);
			source.setName("Source " + i);
			source.setKind(SourceKind.PERSON);
			store.corpus().getSources().add(source);
			sources.add(source);
		}
		Document document = f.createDocument();
		document.setId("big");
		document.setText(content);
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor("big", CorpusStore.GOLD);
		SampleArticles.annotate(layer, content, SPANS, sources, 0, i -> "half-true");
		store.save();
		return store;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String report(long bytes, String load, double capture, double captureCpu, double serialize,
			double serializeCpu, double write, double list, double restore) {
		return String.format(Locale.ROOT, """
				<!-- %1$s -->
				## Recovery snapshot of a 20,000-span layer

				Measured %2$s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks, `RecoverySnapshotBenchmark`)
				on %3$s, %4$d cores, Java %5$s, max heap %6$d MB, load average %7$s when it started. The editor benchmark's
				gold layer (a 1 MB article, 20,000 spans, 6,667 attributions; %8$,d bytes of XMI) with one unsaved claim.
				*Capture* (a copy of the layer) runs on the UI thread 2 s after the latest change; *serialize* (XMI) and
				*write* (the file and the manifest through the atomic writer, each forced to disk, then the previous
				snapshot deleted) are the background job's; *check on start* is the start-up check's listing (reading and
				hashing the file) and its comparison with the saved file; *restore* loads it into a store. Wall times, and
				the thread's CPU time, which other processes distort less; medians of %9$d runs after as many to warm up.

				| capture (UI thread) | its CPU time | serialize (background) | its CPU time | write (background) | check on start | restore |
				|---|---|---|---|---|---|---|
				| %10$.0f ms | %11$.0f ms | %12$.0f ms | %13$.0f ms | %14$.0f ms | %15$.0f ms | %16$.0f ms |
				<!-- /%1$s -->
				""", MARKER, LocalDate.now(), BenchmarkReports.cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, load, bytes, RUNS, capture, captureCpu, serialize, serializeCpu, write, list, restore);
	}

}
