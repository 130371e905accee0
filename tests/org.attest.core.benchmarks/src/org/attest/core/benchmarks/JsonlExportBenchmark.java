package org.attest.core.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import org.attest.core.export.ExportOptions;
import org.attest.core.export.JsonlExporter;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: JSONL export of generated corpora of 1,000, 5,000 and 10,000 documents in a JVM of
 * small heap (-Xmx256m), to show that the export streams. Prints wall time, documents per second and peak used
 * heap per size, and writes them to docs/benchmarks.md. Run with {@code releng/scripts/benchmark.sh}.
 */
class JsonlExportBenchmark {

	private static final int[] SIZES = { 1_000, 5_000, 10_000 };
	private static final int TEXT_LENGTH = 3_000;
	/** Each third a source mention, a claim (attributed to the last mention) or a cue. */
	private static final int SPANS = 30;
	/** Documents generated between saves: generation keeps at most this many in memory. */
	private static final int BATCH = 500;
	private static final String[] CREDIBILITY = { "true", "mostly-true", "half-true", "barely-true", "false",
			"pants-fire", "unverifiable" };

	private record Run(int documents, double seconds, long peakHeap, long bytes) {
	}

	@Test
	void exportingGrowingCorporaToJsonl() throws Exception {
		Path folder = Files.createTempDirectory("attest-export-benchmark");
		List<String> paragraphs = paragraphs();
		CorpusStore generated = CorpusStore.create(folder, "Benchmark", DefaultLabelSchema.create());
		List<Source> sources = sources(generated);
		List<Run> runs = new ArrayList<>();
		int documents = 0;
		for (int size : SIZES) {
			for (; documents < size; documents++) {
				addDocument(generated, documents, paragraphs, sources);
				if ((documents + 1) % BATCH == 0 || documents + 1 == size) {
					saveAndUnload(generated, documents + 1);
				}
			}
			runs.add(export(folder, size));
		}
		String report = report(runs);
		System.out.println(report);
		write(Path.of(System.getProperty("attest.benchmarks.out")), report);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** Paragraphs of the sample articles, the generated texts' material. */
	private static List<String> paragraphs() throws IOException {
		Path articles = Path.of(System.getProperty("attest.samples", "samples")).resolve("articles");
		List<String> paragraphs = new ArrayList<>();
		for (String name : List.of("harbor-fish-stocks.txt", "ministry-denies-report.txt", "riverton-dam-delay.txt")) {
			paragraphs.addAll(Arrays.asList(Files.readString(articles.resolve(name)).split("\n\n")));
		}
		return paragraphs;
	}

	private static List<Source> sources(CorpusStore store) {
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Source source = AttestFactory.eINSTANCE.createSource();
			source.setId("source-" + i);
			source.setName("Source " + i);
			source.setKind(SourceKind.PERSON);
			store.corpus().getSources().add(source);
			sources.add(source);
		}
		return sources;
	}

	/** Adds document {@code doc-<n>}: about TEXT_LENGTH characters of paragraphs and a gold layer of SPANS spans. */
	private static void addDocument(CorpusStore store, int n, List<String> paragraphs, List<Source> sources)
			throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = n; text.length() < TEXT_LENGTH; i++) {
			text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		String content = text.toString();
		AttestFactory f = AttestFactory.eINSTANCE;
		Document document = f.createDocument();
		document.setId(String.format(Locale.ROOT, "doc-%05d", n));
		document.setText(content);
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor(document.getId(), CorpusStore.GOLD);
		layer.setStatus(LayerStatus.DONE);
		int step = content.length() / SPANS;
		SourceMention lastMention = null;
		for (int i = 0; i < SPANS; i++) {
			int begin = i * step;
			int end = begin + step / 2;
			switch (i % 3) {
			case 0 -> {
				lastMention = f.createSourceMention();
				SpanAnchors.place(lastMention, content, begin, end);
				lastMention.setSource(sources.get((n + i) % sources.size()));
				layer.getSourceMentions().add(lastMention);
			}
			case 1 -> {
				ClaimMention claim = f.createClaimMention();
				SpanAnchors.place(claim, content, begin, end);
				claim.setCredibility(CREDIBILITY[(n + i) % CREDIBILITY.length]);
				layer.getClaims().add(claim);
				Attribution attribution = f.createAttribution();
				attribution.setClaim(claim);
				attribution.setSource(lastMention.getSource());
				attribution.setMention(lastMention);
				attribution.setStance("support");
				layer.getAttributions().add(attribution);
			}
			default -> {
				Cue cue = f.createCue();
				SpanAnchors.place(cue, content, begin, end);
				layer.getCues().add(cue);
			}
			}
		}
	}

	/** Saves what was generated and unloads the last batch of documents, which ends before document {@code count}. */
	private static void saveAndUnload(CorpusStore store, int count) throws IOException {
		store.save();
		List<String> ids = store.documentIds();
		for (String id : ids.subList(Math.max(0, count - BATCH), count)) {
			store.unloadDocument(id);
		}
	}

	/** Opens the corpus afresh and exports it, timing both; peak heap is that of the heap pools from a reset after GC. */
	private static Run export(Path folder, int size) throws IOException {
		Path target = folder.resolveSibling(folder.getFileName() + "-" + size + ".jsonl");
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		System.gc();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		CorpusStore store = CorpusStore.open(folder);
		new JsonlExporter().export(store, ExportOptions.defaults(), target, new NullProgressMonitor());
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long bytes = Files.size(target);
		Files.delete(target);
		return new Run(size, seconds, peak, bytes);
	}

	private static String report(List<Run> runs) {
		StringBuilder rows = new StringBuilder();
		for (Run run : runs) {
			rows.append(String.format(Locale.ROOT, "| %,d | %.1f MB | %.2f s | %,.0f | %d MB |\n", run.documents(),
					run.bytes() / 1e6, run.seconds(), run.documents() / run.seconds(), run.peakHeap() >> 20));
		}
		return String.format(Locale.ROOT, """
				<!-- export-benchmark -->
				## JSONL export: generated corpora of 1,000 to 10,000 documents

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks) on %s, %d cores, Java %s,
				max heap %d MB. Each document: about %,d characters of the sample articles' paragraphs and a gold layer of
				%d spans (source mentions, claims, cues) with %d attributions. Generation is not timed; the time is opening
				the corpus and exporting it with the defaults (gold, code points, no split), one run per size. Peak heap is
				the sum of the heap pools' peak usage from a reset after `System.gc()` before the export.

				| documents | JSONL | time | documents/s | peak heap used |
				|---|---|---|---|---|
				%s<!-- /export-benchmark -->
				""", LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, TEXT_LENGTH, SPANS, SPANS / 3, rows);
	}

	private static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
					.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
		} catch (IOException e) {
			return "unknown CPU";
		}
	}

	/** Replaces this benchmark's section of the file (between its markers), or appends it. */
	private static void write(Path file, String section) throws IOException {
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		int start = existing.indexOf("<!-- export-benchmark -->");
		int end = existing.indexOf("<!-- /export-benchmark -->");
		String updated = start >= 0 && end > start
				? existing.substring(0, start) + section.strip() + existing.substring(end + "<!-- /export-benchmark -->".length())
				: existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
		Files.writeString(file, updated);
	}
}
