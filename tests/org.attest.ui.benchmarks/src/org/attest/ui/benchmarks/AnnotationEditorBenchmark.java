package org.attest.ui.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.attest.core.anchoring.SpanAnchors;
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
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.Annotators;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: opening a 1 MB article with 20,000 spans in the annotation editor against opening
 * the same text in the plain text editor, and the time of the mark-claim command on it. Prints the figures
 * and writes them to docs/benchmarks.md. Run with {@code releng/scripts/benchmark.sh}.
 */
class AnnotationEditorBenchmark {

	private static final int TEXT_LENGTH = 1_000_000;
	private static final int SPANS = 20_000;
	private static final int WARM_UP = 2;
	private static final int RUNS = 5;
	private static final int MARKS = 21;
	private static final String PLAIN_TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	@Test
	void openingALargeAnnotatedArticleAndMarkingClaims() throws Exception {
		Path corpus = Files.createTempDirectory("attest-benchmark");
		String text = generate(corpus);
		Annotators.set(CorpusStore.GOLD);
		IProject project = CorpusProjects.open(corpus, null);
		IFile plain = project.getFile("big.txt");
		IFile annotated = project.getFolder(CorpusStore.DOCUMENTS_FOLDER).getFile("big.attest");

		double[] plainOpen = sync(() -> timeOpen(plain, PLAIN_TEXT_EDITOR));
		double[] annotatedOpen = sync(() -> timeOpen(annotated, AnnotationEditor.ID));
		double[] mark = sync(() -> timeMarkClaim(annotated, text));

		String report = report(text.length(), median(plainOpen), median(annotatedOpen), median(mark), mark);
		System.out.println(report);
		write(Path.of(System.getProperty("attest.benchmarks.out")), report);
	}

	/** Writes corpus.attest, documents/big.attest with a gold layer of SPANS spans, and big.txt with the same text. */
	private static String generate(Path folder) throws IOException {
		StringBuilder text = new StringBuilder();
		Path articles = Path.of(System.getProperty("attest.samples", "samples")).resolve("articles");
		List<String> paragraphs = new ArrayList<>();
		for (String name : List.of("harbor-fish-stocks.txt", "ministry-denies-report.txt", "riverton-dam-delay.txt")) {
			paragraphs.addAll(Arrays.asList(Files.readString(articles.resolve(name)).split("\n\n")));
		}
		for (int i = 0; text.length() < TEXT_LENGTH; i++) {
			text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		String content = text.toString();
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
		layer.setStatus(LayerStatus.IN_PROGRESS);
		String[] credibility = { "true", "mostly-true", "half-true", "barely-true", "false", "pants-fire", "unverifiable" };
		int step = content.length() / SPANS;
		SourceMention lastMention = null;
		for (int i = 0; i < SPANS; i++) {
			int begin = i * step;
			int end = begin + step / 2;
			switch (i % 3) {
			case 0 -> {
				SourceMention mention = f.createSourceMention();
				SpanAnchors.place(mention, content, begin, end);
				mention.setSource(sources.get(i % sources.size()));
				layer.getSourceMentions().add(mention);
				lastMention = mention;
			}
			case 1 -> {
				ClaimMention claim = f.createClaimMention();
				SpanAnchors.place(claim, content, begin, end);
				claim.setCredibility(credibility[i % credibility.length]);
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
		store.save();
		Files.writeString(folder.resolve("big.txt"), content, StandardCharsets.UTF_8);
		return content;
	}

	/** Milliseconds from asking for the editor until it is open and painted, per run after warming up. */
	private static double[] timeOpen(IFile file, String editorId) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		double[] times = new double[RUNS];
		for (int run = -WARM_UP; run < RUNS; run++) {
			long start = System.nanoTime();
			IEditorPart editor = open(page, file, editorId);
			settle();
			long time = System.nanoTime() - start;
			if (run >= 0) {
				times[run] = time / 1e6;
			}
			page.closeEditor(editor, false);
			settle();
		}
		return times;
	}

	/** Milliseconds of the mark-claim command, from the key's command to the repainted annotations. */
	private static double[] timeMarkClaim(IFile file, String text) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		AnnotationEditor editor = (AnnotationEditor) open(page, file, AnnotationEditor.ID);
		settle();
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		double[] times = new double[MARKS];
		for (int i = 0; i < MARKS; i++) {
			int begin = (i + 1) * (text.length() / (MARKS + 2));
			editor.selectAndReveal(begin, 12);
			settle();
			long start = System.nanoTime();
			handlers.executeCommand("org.attest.ui.markClaim", null);
			settle();
			times[i] = (System.nanoTime() - start) / 1e6;
			editor.session().commandStack().undo();
			settle();
		}
		page.closeEditor(editor, false);
		return times;
	}

	private static IEditorPart open(IWorkbenchPage page, IFile file, String editorId) {
		try {
			return IDE.openEditor(page, file, editorId);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Runs the event loop until nothing is pending: paints, and the annotation refresh that a change schedules. */
	private static void settle() {
		Display display = Display.getCurrent();
		display.update();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String report(int length, double plain, double annotated, double mark, double[] marks) {
		double[] sorted = marks.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, """
				<!-- editor-benchmark -->
				## Annotation editor: a 1 MB article with 20,000 spans

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.ui.benchmarks) on %s, %d cores, Java %s,
				heap %d MB, under Xvfb. Article: %,d characters, %,d spans (claims with attributions, source mentions,
				cues); medians of %d runs after %d warm-up runs.

				| measure | median | target |
				|---|---|---|
				| open in the plain text editor | %.0f ms | |
				| open in the annotation editor | %.0f ms | |
				| ratio annotation / plain | %.2f | ≤ 1.5 |
				| mark claim (command to repainted annotations), %d runs | %.1f ms (min %.1f, max %.1f) | ≤ 50 ms |
				<!-- /editor-benchmark -->
				""", java.time.LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, length, SPANS, RUNS, WARM_UP, plain, annotated, annotated / plain, MARKS,
				mark, sorted[0], sorted[sorted.length - 1]);
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
		int start = existing.indexOf("<!-- editor-benchmark -->");
		int end = existing.indexOf("<!-- /editor-benchmark -->");
		String updated = start >= 0 && end > start
				? existing.substring(0, start) + section.strip() + existing.substring(end + "<!-- /editor-benchmark -->".length())
				: existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
		Files.writeString(file, updated);
	}

	private interface UiWork<T> {
		T run() throws Exception;
	}

	private static <T> T sync(UiWork<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				result.set(work.run());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}
}
