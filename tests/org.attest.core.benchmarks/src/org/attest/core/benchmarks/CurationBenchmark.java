package org.attest.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.curation.Curation;
import org.attest.core.curation.CurationCommands;
import org.attest.core.curation.Rejections;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: curating one long document that three annotators annotated with 1,000 to 20,000
 * spans each. The Curation view computes a new {@link Curation} after every command, so its time is what a
 * curator waits for after each key; Accept All Agreed is the largest single command. Prints the median times
 * and writes them to docs/benchmarks.md. Run with {@code releng/scripts/benchmark.sh}.
 */
class CurationBenchmark {

	private static final int[] SIZES = { 1_000, 5_000, 20_000 };
	/** Characters per span slot: each span takes half of its slot. */
	private static final int SLOT = 48;
	private static final int ANNOTATORS = 3;
	private static final int RUNS = 7;
	private static final String[] CREDIBILITY = { "true", "mostly-true", "half-true", "barely-true", "false" };

	private record Run(int spans, int items, int conflicts, double curation, double acceptAgreed, double undo,
			double curationWithGold) {
	}

	@Test
	void curatingThreeAnnotatorsOfOneLongDocument() throws IOException {
		String load = BenchmarkReports.loadAverage();
		List<String> paragraphs = paragraphs();
		List<Run> runs = new ArrayList<>();
		for (int size : SIZES) {
			runs.add(run(size, paragraphs));
		}
		String report = report(runs, load);
		System.out.println(report);
		BenchmarkReports.writeSection("curation-benchmark", report);
	}

	private static Run run(int spans, List<String> paragraphs) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < spans * SLOT + SLOT; i++) {
			text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		AttestFactory f = AttestFactory.eINSTANCE;
		Document document = f.createDocument();
		document.setId("long");
		document.setText(text.toString());
		store(resourceSet, document, "documents/long.attest");
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Source source = f.createSource();
			source.setId("source-" + i);
			store(resourceSet, source, "sources/" + i);
			sources.add(source);
		}
		Map<String, AnnotationLayer> layers = new LinkedHashMap<>();
		for (int annotator = 0; annotator < ANNOTATORS; annotator++) {
			layers.put("annotator-" + annotator, layer(resourceSet, document, annotator, spans, sources));
		}
		AnnotationLayer gold = f.createAnnotationLayer();
		gold.setAnnotator("gold");
		gold.setDocument(document);
		store(resourceSet, gold, "layers/gold/long.attest");
		Rejections rejections = Rejections.inMemory();
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), stack, resourceSet);

		Supplier<Curation> curate = () -> Curation.of(layers, gold, rejections);
		double curation = median(() -> curate.get());
		Curation before = curate.get();
		double[] accept = new double[RUNS];
		double[] undo = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			Command command = CurationCommands.acceptAgreed(domain, curate.get(), 2);
			stack.execute(command);
			accept[run] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			stack.undo();
			undo[run] = (System.nanoTime() - start) / 1e9;
		}
		stack.redo();
		double withGold = median(() -> curate.get());
		return new Run(spans, before.items().size(), before.conflicts().size(), curation, median(accept), median(undo),
				withGold);
	}

	/**
	 * One annotator's layer: span slot i holds a source mention, a claim attributed to the latest mention, or a
	 * cue, in turn. Annotator 1 starts every seventh span two characters later and rates every fifth claim
	 * differently; annotator 2 leaves out every eleventh span and gives every thirteenth attribution another
	 * stance; so some items are agreed by all three, some by two, some are conflicts.
	 */
	private static AnnotationLayer layer(ResourceSetImpl resourceSet, Document document, int annotator, int spans,
			List<Source> sources) {
		AttestFactory f = AttestFactory.eINSTANCE;
		AnnotationLayer layer = f.createAnnotationLayer();
		layer.setAnnotator("annotator-" + annotator);
		layer.setDocument(document);
		String text = document.getText();
		SourceMention latest = null;
		for (int i = 0; i < spans; i++) {
			if (annotator == 2 && i % 11 == 0) {
				continue;
			}
			int begin = i * SLOT + (annotator == 1 && i % 7 == 0 ? 2 : 0);
			int end = i * SLOT + SLOT / 2;
			switch (i % 3) {
			case 0 -> {
				latest = f.createSourceMention();
				SpanAnchors.place(latest, text, begin, end);
				latest.setSource(sources.get(i % sources.size()));
				layer.getSourceMentions().add(latest);
			}
			case 1 -> {
				ClaimMention claim = f.createClaimMention();
				SpanAnchors.place(claim, text, begin, end);
				claim.setCredibility(CREDIBILITY[(i + (annotator == 1 && i % 5 == 1 ? 1 : 0)) % CREDIBILITY.length]);
				layer.getClaims().add(claim);
				if (latest != null) {
					Attribution attribution = f.createAttribution();
					attribution.setClaim(claim);
					attribution.setSource(latest.getSource());
					attribution.setMention(latest);
					attribution.setStance(annotator == 2 && i % 13 == 1 ? "deny" : "support");
					layer.getAttributions().add(attribution);
				}
			}
			default -> {
				Cue cue = f.createCue();
				SpanAnchors.place(cue, text, begin, end);
				layer.getCues().add(cue);
			}
			}
		}
		store(resourceSet, layer, "layers/annotator-" + annotator + "/long.attest");
		return layer;
	}

	private static void store(ResourceSetImpl resourceSet, EObject content, String path) {
		resourceSet.createResource(URI.createURI("mem:/corpus/" + path)).getContents().add(content);
	}

	/** The median wall time of RUNS runs, after as many runs to warm up, in seconds. */
	private static double median(Runnable work) {
		for (int run = 0; run < RUNS; run++) {
			work.run();
		}
		double[] seconds = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			work.run();
			seconds[run] = (System.nanoTime() - start) / 1e9;
		}
		return median(seconds);
	}

	private static double median(double[] seconds) {
		double[] sorted = seconds.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/**
	 * Paragraphs of the sample articles, the generated text's material, without characters outside the Basic
	 * Multilingual Plane, so that spans placed at fixed offsets never cut one in two.
	 */
	private static List<String> paragraphs() throws IOException {
		Path articles = Path.of(System.getProperty("attest.samples", "samples")).resolve("articles");
		List<String> paragraphs = new ArrayList<>();
		for (String name : List.of("harbor-fish-stocks.txt", "ministry-denies-report.txt", "riverton-dam-delay.txt")) {
			String text = Files.readString(articles.resolve(name)).replaceAll("[^\\x{0}-\\x{FFFF}]", "");
			paragraphs.addAll(Arrays.asList(text.split("\n\n")));
		}
		return paragraphs;
	}

	private static String report(List<Run> runs, String load) {
		StringBuilder rows = new StringBuilder();
		for (Run run : runs) {
			rows.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |\n",
					run.spans(), run.items(), run.conflicts(), run.curation() * 1e3, run.acceptAgreed() * 1e3,
					run.undo() * 1e3, run.curationWithGold() * 1e3));
		}
		return String.format(Locale.ROOT, """
				<!-- curation-benchmark -->
				## Curation: three annotators of one long document

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.core.benchmarks) on %s, %d cores, Java %s,
				max heap %d MB, load average %s when it started. Three annotators' layers of one generated document (the
				sample articles' paragraphs repeated), each with the given number of spans, a third each source mentions,
				claims (each attributed to the latest mention) and cues, disagreeing in offsets, labels and missing spans
				(see `CurationBenchmark`).
				*Curation* is computing what to decide (`Curation.of`: aligning the layers, attaching gold, comparing),
				which the Curation view does after every command; *Accept All Agreed* (k = 2 of 3) builds and runs
				the command; *with gold* is the curation once gold holds what that accepted. Medians of %d runs after
				as many to warm up.

				| spans per annotator | items | conflicts | Curation | Accept All Agreed | its undo | Curation with gold |
				|---|---|---|---|---|---|---|
				%s<!-- /curation-benchmark -->
				""", LocalDate.now(), BenchmarkReports.cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, load, RUNS, rows);
	}

}
