package org.attest.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attest.core.agreement.AgreementOperation;
import org.attest.core.agreement.AgreementOptions;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: corpus agreement ({@link AgreementOperation}) of generated corpora of 1,000 and 2,000
 * documents with 3 annotators each, to show that it grows linearly (target: 2,000 take at most 2.2 × the time
 * of 1,000). Writes its figures to docs/benchmarks.md between its own markers. Run with
 * {@code releng/scripts/benchmark.sh}.
 */
class AgreementBenchmark {

	private static final int[] SIZES = { 1_000, 2_000 };
	private static final List<String> ANNOTATORS = List.of("ann", "bob", "cay");
	private static final int TEXT_LENGTH = 3_000;
	/** Claims per layer, each with a source mention before it and an attribution. */
	private static final int CLAIMS = 10;
	private static final int RUNS = 3;
	private static final int BATCH = 250;
	private static final String[] STANCE = { "support", "deny", "query", "comment" };
	private static final String[] CREDIBILITY = { "true", "mostly-true", "half-true", "barely-true", "false",
			"pants-fire", "unverifiable" };
	private static final String START = "<!-- agreement-benchmark -->";
	private static final String END = "<!-- /agreement-benchmark -->";

	private record Run(int documents, double medianSeconds, double minSeconds, int unmatched) {
	}

	@Test
	void measuringAgreementOfGrowingCorpora() throws Exception {
		Path folder = Files.createTempDirectory("attest-agreement-benchmark");
		List<String> paragraphs = SampleArticles.paragraphs();
		CorpusStore generated = CorpusStore.create(folder, "Agreement benchmark", DefaultLabelSchema.create());
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
			runs.add(measure(folder, size));
		}
		String report = report(runs);
		System.out.println(report);
		BenchmarkReports.writeSection("agreement-benchmark", report);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
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

	/**
	 * Adds document {@code doc-<n>} with a layer per annotator: the same claims and mentions, but annotator k
	 * shifts some spans by k characters, leaves one claim in ten out in turn, and picks some labels differently,
	 * so that matching, unmatched items and disagreement all occur.
	 */
	private static void addDocument(CorpusStore store, int n, List<String> paragraphs, List<Source> sources)
			throws IOException {
		String content = SampleArticles.text(paragraphs, n, TEXT_LENGTH);
		AttestFactory f = AttestFactory.eINSTANCE;
		Document document = f.createDocument();
		document.setId(String.format(Locale.ROOT, "doc-%05d", n));
		document.setText(content);
		store.addDocument(document);
		int step = content.length() / CLAIMS;
		for (int k = 0; k < ANNOTATORS.size(); k++) {
			AnnotationLayer layer = store.layerFor(document.getId(), ANNOTATORS.get(k));
			layer.setStatus(LayerStatus.IN_PROGRESS);
			for (int i = 0; i < CLAIMS; i++) {
				if ((n + i) % CLAIMS == k) {
					continue;
				}
				int begin = i * step;
				int shift = (n + i + k) % 3 == 0 ? k : 0;
				Source source = sources.get((n + i) % sources.size());
				SourceMention mention = f.createSourceMention();
				SpanAnchors.place(mention, content, begin, begin + step / 5);
				mention.setSource(source);
				layer.getSourceMentions().add(mention);
				ClaimMention claim = f.createClaimMention();
				SpanAnchors.place(claim, content, begin + step / 4 + shift, begin + step - 10);
				claim.setCredibility(CREDIBILITY[(n + i + (k == 2 && i % 4 == 0 ? 1 : 0)) % CREDIBILITY.length]);
				layer.getClaims().add(claim);
				Attribution attribution = f.createAttribution();
				attribution.setClaim(claim);
				attribution.setSource(source);
				attribution.setMention(mention);
				attribution.setStance(STANCE[(n + i + (i % 5 == k ? 1 : 0)) % STANCE.length]);
				layer.getAttributions().add(attribution);
			}
		}
	}

	private static void saveAndUnload(CorpusStore store, int count) throws IOException {
		store.save();
		List<String> ids = store.documentIds();
		for (String id : ids.subList(Math.max(0, count - BATCH), count)) {
			store.unloadDocument(id);
		}
	}

	/** Opens the corpus afresh and measures its agreement, {@value #RUNS} times after one warm-up run. */
	private static Run measure(Path folder, int size) throws IOException {
		measureOnce(folder);
		double[] seconds = new double[RUNS];
		AgreementReport report = null;
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			report = measureOnce(folder);
			seconds[run] = (System.nanoTime() - start) / 1e9;
		}
		if (report.documentsCompared() != size) {
			throw new AssertionError("compared " + report.documentsCompared() + " of " + size + " documents");
		}
		Arrays.sort(seconds);
		return new Run(size, seconds[RUNS / 2], seconds[0], report.unmatched().size());
	}

	private static AgreementReport measureOnce(Path folder) throws IOException {
		return new AgreementOperation(CorpusStore.open(folder), AgreementOptions.all()).execute(new NullProgressMonitor());
	}

	private static String report(List<Run> runs) {
		StringBuilder rows = new StringBuilder();
		for (Run run : runs) {
			rows.append(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s | %,.0f | %,d |\n", run.documents(),
					run.medianSeconds(), run.minSeconds(), run.documents() / run.medianSeconds(), run.unmatched()));
		}
		double ratio = runs.get(1).medianSeconds() / runs.get(0).medianSeconds();
		return String.format(Locale.ROOT, """
				%s
				## Agreement: generated corpora of 1,000 and 2,000 documents × 3 annotators

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks, `AgreementBenchmark`) on %s,
				%d cores, Java %s, max heap %d MB. Each document: about %,d characters of the sample articles' paragraphs and
				a layer per annotator (ann, bob, cay) of up to %d claims, %d source mentions and %d attributions; each
				annotator leaves a different claim out, shifts some claims and labels some differently. Generation is not
				timed; the time is opening the corpus and `AgreementOperation` over it (all three pairs and overall, per
				document and for the corpus, unmatched items listed), median and minimum of %d runs after a warm-up run.

				| documents | median | min | documents/s | unmatched items |
				|---|---|---|---|---|
				%s
				Ratio 2,000 / 1,000 documents (medians): **%.2f** (target ≤ 2.2, linear).
				%s
				""", START, LocalDate.now(), BenchmarkReports.cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, TEXT_LENGTH, CLAIMS, CLAIMS, CLAIMS, RUNS, rows, ratio, END);
	}

}
