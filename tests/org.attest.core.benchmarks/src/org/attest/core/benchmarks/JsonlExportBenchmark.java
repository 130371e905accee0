package org.attest.core.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.ObjectName;

import org.attest.core.export.DocumentStream;
import org.attest.core.export.ExportOptions;
import org.attest.core.export.JsonlExporter;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * Benchmark, not a test (issue #5): the JSONL export of a generated corpus of 10,000 documents × 20 spans
 * against a plain streaming JSON write of the same records, and the export's heap at 10,000 and 100,000
 * documents. Prints its figures and writes them to the "export-benchmark" section of docs/benchmarks.md. Run
 * with {@code releng/scripts/benchmark.sh}.
 * <p>
 * Generation is not timed. {@value #TEMPLATES} template documents are made through {@link CorpusStore} (about
 * 3,000 characters of the sample articles' paragraphs and a gold layer of {@value #SPANS} spans each); a corpus
 * of n documents is their files copied n / {@value #TEMPLATES} times under new ids, listed in a corpus file,
 * which is much faster than saving each document through EMF and gives the same files.
 * <p>
 * The plain write holds the records in memory (the template corpus's own JSONL lines parsed into Gson trees)
 * and writes each with a Gson {@link JsonWriter} straight to a buffered file: what remains when nothing is read
 * from the corpus. The exporter's time includes opening the corpus and reading every document and layer, which
 * is also timed alone. Both files must be the same bytes, so they are the same records.
 */
class JsonlExportBenchmark {

	private static final int SPEED_DOCUMENTS = 10_000;
	private static final int LARGE_DOCUMENTS = 100_000;
	private static final int TEMPLATES = 100;
	private static final int TEXT_LENGTH = 3_000;
	/** In turn a source mention, a claim attributed to that mention's source, and a cue. */
	private static final int SPANS = 20;
	private static final int RUNS = 3;
	private static final String[] CREDIBILITY = { "true", "mostly-true", "half-true", "barely-true", "false",
			"pants-fire", "unverifiable" };
	private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

	/** Wall time, the CPU time of all the process's threads (readers, collector, compiler) and of the calling thread. */
	private record Timing(double seconds, double processCpuSeconds, double threadCpuSeconds) {
	}

	private record Export(Timing timing, HeapWatch.Peaks heap, long bytes) {
	}

	/** How often the live heap is sampled during an export: a full collection, then the heap in use. */
	private static final long LIVE_SAMPLE_MILLIS = 200;

	@Test
	void jsonlExportSpeedAndHeap() throws Exception {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Path work = Files.createTempDirectory("attest-export-benchmark");
		try {
			Path templates = work.resolve("templates");
			generateTemplates(templates);
			List<JsonObject> records = records(templates, work.resolve("templates.jsonl"));
			Path corpus = replicate(templates, work.resolve("corpus-" + SPEED_DOCUMENTS), SPEED_DOCUMENTS);
			Path large = replicate(templates, work.resolve("corpus-" + LARGE_DOCUMENTS), LARGE_DOCUMENTS);

			Path exported = work.resolve("exported.jsonl");
			Path plain = work.resolve("plain.jsonl");
			export(corpus, exported); // warm-up runs, not counted
			writePlain(records, SPEED_DOCUMENTS, plain);
			read(corpus);
			List<Export> exports = new ArrayList<>();
			List<Timing> plainWrites = new ArrayList<>();
			List<Timing> reads = new ArrayList<>();
			for (int run = 0; run < RUNS; run++) {
				plainWrites.add(writePlain(records, SPEED_DOCUMENTS, plain));
				reads.add(read(corpus));
				exports.add(export(corpus, exported));
			}
			assertEquals(-1, Files.mismatch(plain, exported), "the plain write and the exporter wrote different records");
			Export largeExport = export(large, exported);
			long speedLive = liveHeap(corpus, exported);
			long largeLive = liveHeap(large, exported);

			String report = report(load, median(plainWrites), median(reads),
					median(exports.stream().map(Export::timing).toList()), exports.get(exports.size() - 1), largeExport,
					speedLive, largeLive);
			System.out.println(report);
			BenchmarkReports.writeSection("export-benchmark", report);
		} finally {
			BenchmarkReports.deleteTree(work);
		}
	}

	/** {@value #TEMPLATES} documents with gold layers, saved through the store. */
	private static void generateTemplates(Path folder) throws IOException {
		List<String> paragraphs = SampleArticles.paragraphs();
		CorpusStore store = CorpusStore.create(folder, "Benchmark", DefaultLabelSchema.create());
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Source source = AttestFactory.eINSTANCE.createSource();
			source.setId("source-" + i);
			source.setName("Source " + i);
			source.setKind(SourceKind.PERSON);
			store.corpus().getSources().add(source);
			sources.add(source);
		}
		for (int n = 0; n < TEMPLATES; n++) {
			addDocument(store, n, paragraphs, sources);
		}
		store.save();
	}

	/** Template {@code n}: about TEXT_LENGTH characters of paragraphs from the n-th on, and SPANS gold spans. */
	private static void addDocument(CorpusStore store, int n, List<String> paragraphs, List<Source> sources)
			throws IOException {
		String content = SampleArticles.text(paragraphs, n, TEXT_LENGTH);
		AttestFactory f = AttestFactory.eINSTANCE;
		Document document = f.createDocument();
		document.setId(templateId(n));
		document.setText(content);
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor(document.getId(), CorpusStore.GOLD);
		layer.setStatus(LayerStatus.DONE);
		SampleArticles.annotate(layer, content, SPANS, sources, n, i -> CREDIBILITY[(n + i) % CREDIBILITY.length]);
	}

	private static String templateId(int n) {
		return String.format(Locale.ROOT, "tpl-%03d", n);
	}

	private static String documentId(int n) {
		return String.format(Locale.ROOT, "doc-%06d", n);
	}

	/**
	 * A corpus of {@code size} documents: document {@code n} is template {@code n % TEMPLATES}'s document and
	 * layer files with the id replaced, and the corpus file is the templates' with the new document list.
	 */
	private static Path replicate(Path templates, Path folder, int size) throws IOException {
		Path documents = Files.createDirectories(folder.resolve(CorpusStore.DOCUMENTS_FOLDER));
		Path layers = Files.createDirectories(folder.resolve(CorpusStore.LAYERS_FOLDER).resolve(CorpusStore.GOLD));
		String[] documentFiles = new String[TEMPLATES];
		String[] layerFiles = new String[TEMPLATES];
		for (int k = 0; k < TEMPLATES; k++) {
			String file = templateId(k) + ".attest";
			documentFiles[k] = Files.readString(templates.resolve(CorpusStore.DOCUMENTS_FOLDER).resolve(file));
			layerFiles[k] = Files.readString(templates.resolve(CorpusStore.LAYERS_FOLDER).resolve(CorpusStore.GOLD).resolve(file));
		}
		StringBuilder hrefs = new StringBuilder();
		for (int n = 0; n < size; n++) {
			int k = n % TEMPLATES;
			String id = documentId(n);
			Files.writeString(documents.resolve(id + ".attest"), documentFiles[k].replace(templateId(k), id));
			Files.writeString(layers.resolve(id + ".attest"), layerFiles[k].replace(templateId(k), id));
			hrefs.append(n == 0 ? "" : " ").append("documents/").append(id).append(".attest#").append(id);
		}
		String corpus = Files.readString(templates.resolve(CorpusStore.CORPUS_FILE))
				.replaceFirst(" documents=\"[^\"]*\"", Matcher.quoteReplacement(" documents=\"" + hrefs + "\""));
		Files.writeString(folder.resolve(CorpusStore.CORPUS_FILE), corpus);
		assertEquals(size, CorpusStore.open(folder).documentIds().size());
		return folder;
	}

	/** The records to write plainly: the templates' JSONL lines, as Gson trees. */
	private static List<JsonObject> records(Path templates, Path lines) throws IOException {
		new JsonlExporter().export(CorpusStore.open(templates), ExportOptions.defaults(), lines, new NullProgressMonitor());
		return Files.readAllLines(lines, StandardCharsets.UTF_8).stream()
				.map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
	}

	/** Writes record {@code n % TEMPLATES} as document {@code n}, for every n, with a JsonWriter. */
	private static Timing writePlain(List<JsonObject> records, int size, Path target) throws IOException {
		Clock clock = new Clock();
		try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8))) {
			for (int n = 0; n < size; n++) {
				JsonObject record = records.get(n % TEMPLATES);
				record.addProperty("id", documentId(n));
				JsonWriter json = new JsonWriter(out);
				GSON.toJson(record, json);
				json.flush();
				out.write('\n');
			}
		}
		return clock.stop();
	}

	/** Opens the corpus and reads each document and its gold layer, as the exporter does, writing nothing. */
	private static Timing read(Path corpus) throws IOException {
		Clock clock = new Clock();
		CorpusStore store = CorpusStore.open(corpus);
		DocumentStream.forEach(store, CorpusStore.GOLD, new NullProgressMonitor(), item -> {
			// loading is the work measured
		});
		return clock.stop();
	}

	/** Opens the corpus afresh and exports it with the defaults, timing both and watching the heap. */
	private static Export export(Path corpus, Path target) throws IOException {
		try (HeapWatch heap = HeapWatch.start()) {
			Clock clock = new Clock();
			new JsonlExporter().export(CorpusStore.open(corpus), ExportOptions.defaults(), target, new NullProgressMonitor());
			Timing timing = clock.stop();
			return new Export(timing, heap.peaks(), Files.size(target));
		}
	}

	/**
	 * The most heap an export keeps: in another run, not timed, a full collection every
	 * {@value #LIVE_SAMPLE_MILLIS} ms and the heap in use right after it, so that garbage the collector has not
	 * reached yet (which depends on how it sized its generations) is not counted.
	 */
	private static long liveHeap(Path corpus, Path target) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		AtomicLong most = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleWithFixedDelay(() -> {
			System.gc();
			most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
		}, 0, LIVE_SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
		try {
			new JsonlExporter().export(CorpusStore.open(corpus), ExportOptions.defaults(), target, new NullProgressMonitor());
		} finally {
			sampler.shutdown();
			sampler.awaitTermination(1, TimeUnit.MINUTES);
		}
		return most.get();
	}

	private static Timing median(List<Timing> timings) {
		return new Timing(median(timings, Timing::seconds), median(timings, Timing::processCpuSeconds),
				median(timings, Timing::threadCpuSeconds));
	}

	private static double median(List<Timing> timings, ToDoubleFunction<Timing> measure) {
		double[] sorted = timings.stream().mapToDouble(measure).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	/**
	 * Wall time, the process's CPU time and this thread's. The export reads on threads of its own, so only the
	 * process's CPU time counts all its work (and the collector's and compiler's, for the plain write too); on a
	 * machine others share, CPU time varies less than wall time.
	 */
	private static final class Clock {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		private final long wall = System.nanoTime();
		private final long process = processCpuTime();
		private final long thread = THREADS.getCurrentThreadCpuTime();

		Timing stop() {
			return new Timing((System.nanoTime() - wall) / 1e9, (processCpuTime() - process) / 1e9,
					(THREADS.getCurrentThreadCpuTime() - thread) / 1e9);
		}

		/** com.sun.management's OperatingSystemMXBean.getProcessCpuTime, read as an attribute: no import of that package. */
		private static long processCpuTime() {
			try {
				return (Long) ManagementFactory.getPlatformMBeanServer()
						.getAttribute(new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME), "ProcessCpuTime");
			} catch (JMException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static String report(double load, Timing plain, Timing read, Timing exporter, Export speedExport,
			Export largeExport, long speedLive, long largeLive) {
		String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName())
				.collect(Collectors.joining(", "));
		StringBuilder speed = new StringBuilder();
		speed.append(row("plain write: the same records from memory, Gson `JsonWriter` to a buffered file", plain));
		speed.append(row("reading only: open the corpus, read each document and layer (`DocumentStream`, visiting nothing)", read));
		speed.append(row("`JsonlExporter`: open the corpus, read each document and layer, write the file", exporter));
		speed.append(String.format(Locale.ROOT, "| exporter speed / plain write speed (target ≥ 0.5) | %.2f | %.2f | %.2f |\n",
				plain.seconds() / exporter.seconds(), plain.processCpuSeconds() / exporter.processCpuSeconds(),
				plain.threadCpuSeconds() / exporter.threadCpuSeconds()));
		speed.append(String.format(Locale.ROOT, "| exporter speed / speed of reading plus plain write | %.2f | %.2f | %.2f |\n",
				(read.seconds() + plain.seconds()) / exporter.seconds(),
				(read.processCpuSeconds() + plain.processCpuSeconds()) / exporter.processCpuSeconds(),
				(read.threadCpuSeconds() + plain.threadCpuSeconds()) / exporter.threadCpuSeconds()));
		String heap = heapRow(SPEED_DOCUMENTS, speedExport, speedLive) + heapRow(LARGE_DOCUMENTS, largeExport, largeLive)
				+ String.format(Locale.ROOT, "| ratio %,d / %,d (target ≤ 1.2) | | | %.2f | %.2f | %.2f |\n", LARGE_DOCUMENTS,
						SPEED_DOCUMENTS, (double) largeExport.heap().used() / speedExport.heap().used(),
						(double) largeExport.heap().afterCollection() / speedExport.heap().afterCollection(),
						(double) largeLive / speedLive);
		return String.format(Locale.ROOT, """
				<!-- export-benchmark -->
				## JSONL export: 10,000 documents × %d spans against a plain JSON write; heap at 10,000 and 100,000 documents

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks) on %s, %d cores (load
				average %.1f when it started: other builds share the machine), Java %s (collectors: %s), max heap %d MB.
				Each document: about %,d characters of the sample articles' paragraphs and a gold layer of %d spans
				(source mentions, claims attributed to them, cues). Generation is not timed. Times are medians of %d runs
				after a warm-up run. `DocumentStream` reads documents on %d threads (one per core) while the calling
				thread writes, so the process's CPU time (every thread's: readers, garbage collector, JIT compiler) is the
				export's work; the calling thread's is shown too. The exporter's time includes opening the corpus and
				reading it, timed alone as well; the exporter's file and the plain write's are the same bytes.

				| %,d documents | wall | CPU, whole process | CPU, calling thread |
				|---|---|---|---|
				%s
				Heap of one export with the defaults (gold, code points, no split). Peak used: the heap pools' peak usage,
				reset after `System.gc()` before the export, garbage not yet collected included. After a collection: the
				most heap still in use right after any collection during the export (young collections leave garbage in the
				old generation until a concurrent cycle reaches it). Live: in another run, a full collection every %d ms and
				the heap in use right after it, the most of those: what the export keeps, whatever the collector's sizing.

				| documents | JSONL | wall | peak used | most in use after a collection | live |
				|---|---|---|---|---|---|
				%s<!-- /export-benchmark -->
				""", SPANS, LocalDate.now(), BenchmarkReports.cpu(), Runtime.getRuntime().availableProcessors(), load,
				System.getProperty("java.version"), collectors, Runtime.getRuntime().maxMemory() >> 20,
				TEXT_LENGTH, SPANS, RUNS, Runtime.getRuntime().availableProcessors(), SPEED_DOCUMENTS, speed,
				LIVE_SAMPLE_MILLIS, heap);
	}

	private static String row(String what, Timing timing) {
		return String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s |\n", what, timing.seconds(), timing.processCpuSeconds(),
				timing.threadCpuSeconds());
	}

	private static String heapRow(int documents, Export export, long live) {
		return String.format(Locale.ROOT, "| %,d | %.0f MB | %.1f s | %d MB | %d MB | %d MB |\n", documents,
				export.bytes() / 1e6, export.timing().seconds(), export.heap().used() >> 20,
				export.heap().afterCollection() >> 20, live >> 20);
	}

}
