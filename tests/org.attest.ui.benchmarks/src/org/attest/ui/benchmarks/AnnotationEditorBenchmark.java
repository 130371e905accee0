package org.attest.ui.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusFileCache;
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
import org.attest.ui.internal.editor.CorpusSessions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: opening a 1 MB article with 20,000 spans in the annotation editor against opening
 * the same text in the plain text editor, and the time of the mark-claim command on it. Prints the figures
 * and writes them to docs/benchmarks.md. Run with {@code releng/scripts/benchmark.sh}.
 * <p>
 * An opening is timed until the editor's text widget first paints with all the spans' annotations, and until
 * the event loop has nothing left to do (SWT measures every wrapped line in the background after showing a
 * wrapped text). The plain text editor is timed as it comes and wrapping; the annotation editor with its
 * document and layer in the file cache and not. The ways take turns in each round, so that changes of the
 * machine's load, which is shared, meet them alike.
 */
class AnnotationEditorBenchmark {

	private static final int TEXT_LENGTH = 1_000_000;
	private static final int SPANS = 20_000;
	private static final int WARM_UP = 2;
	private static final int RUNS = 15;
	private static final int MARKS = 21;
	private static final String PLAIN_TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";
	/** The types of the annotations the annotation editor gives spans (claims by credibility, mentions, cues). */
	private static final List<String> SPAN_ANNOTATION_TYPES = List.of("org.attest.ui.claim.", "org.attest.ui.sourceMention",
			"org.attest.ui.cue");
	private static final long SHOW_TIMEOUT = TimeUnit.SECONDS.toNanos(60);
	private static final Runnable WAKE_UP = () -> {
		// only ends Display.sleep, so that a waiting loop checks its deadline
	};

	@Test
	void openingALargeAnnotatedArticleAndMarkingClaims() throws Exception {
		String loadBefore = loadAverage();
		Path corpus = Files.createTempDirectory("attest-benchmark");
		String text = generate(corpus);
		Annotators.set(CorpusStore.GOLD);
		IProject project = CorpusProjects.open(corpus, null);
		IFile plain = project.getFile("big.txt");
		IFile annotated = project.getFolder(CorpusStore.DOCUMENTS_FOLDER).getFile("big.attest");

		List<Way> ways = List.of(new Way(plain, PLAIN_TEXT_EDITOR, false, 0, false), new Way(plain, PLAIN_TEXT_EDITOR, true, 0, false),
				new Way(annotated, AnnotationEditor.ID, true, SPANS, false), new Way(annotated, AnnotationEditor.ID, true, SPANS, true));
		List<Openings> openings = sync(() -> timeOpenings(ways));
		double[] mark = sync(() -> timeMarkClaim(annotated, text));
		sync(() -> {
			project.delete(true, true, null);
			return null;
		});

		String report = report(text.length(), openings, mark, loadBefore, loadAverage());
		System.out.println(report);
		write(Path.of(System.getProperty("attest.benchmarks.out")), report);
	}

	/**
	 * A way of opening: a file in an editor, with word wrap on or off, showing the given number of span
	 * annotations; with an empty file cache, so that the document and layer are read from their XMI files, or as
	 * it is.
	 */
	private record Way(IFile file, String editorId, boolean wordWrap, int spanAnnotations, boolean emptyCache) {
	}

	/**
	 * Milliseconds per run of one way of opening: until shown, the UI thread's CPU time until then, and until
	 * the event loop is idle.
	 */
	private record Openings(double[] shown, double[] shownCpu, double[] idle) {
		Openings() {
			this(new double[RUNS], new double[RUNS], new double[RUNS]);
		}
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

	/**
	 * Milliseconds per run of each way after warming up, the ways taking turns in every round, so that a change
	 * of the machine's load meets them alike: from asking for the editor until it shows its text with its span
	 * annotations, and until the event loop is idle.
	 */
	private static List<Openings> timeOpenings(List<Way> ways) throws IOException {
		List<Openings> times = ways.stream().map(way -> new Openings()).toList();
		for (int run = -WARM_UP; run < RUNS; run++) {
			for (int way = 0; way < ways.size(); way++) {
				timeOpen(ways.get(way), times.get(way), run);
			}
		}
		return times;
	}

	private static void timeOpen(Way way, Openings times, int run) throws IOException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		// the plain text editor's own preference, as a person reading prose in it would set it
		EditorsUI.getPreferenceStore().setValue(AbstractTextEditor.PREFERENCE_WORD_WRAP_ENABLED, way.wordWrap());
		CorpusFileCache cache = PlatformUI.getWorkbench().getService(CorpusSessions.class).fileCache();
		if (way.emptyCache()) {
			cache.clear();
		} else {
			cache.awaitWrites();
		}
		// every way starts with the garbage of the ones before collected, not some with it due
		System.gc();
		Display display = Display.getCurrent();
		Set<Widget> paintedWhileOpening = new HashSet<>();
		Listener paints = event -> paintedWhileOpening.add(event.widget);
		long startCpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		display.addFilter(SWT.Paint, paints);
		ITextEditor editor = (ITextEditor) open(page, way.file(), way.editorId());
		display.removeFilter(SWT.Paint, paints);
		long shown = awaitShown(editor, way.spanAnnotations(), paintedWhileOpening);
		long shownCpu = threads.getCurrentThreadCpuTime();
		settle();
		long idle = System.nanoTime();
		if (run >= 0) {
			times.shown()[run] = (shown - start) / 1e6;
			times.shownCpu()[run] = (shownCpu - startCpu) / 1e6;
			times.idle()[run] = (idle - start) / 1e6;
		}
		page.closeEditor(editor, false);
		settle();
		EditorsUI.getPreferenceStore().setToDefault(AbstractTextEditor.PREFERENCE_WORD_WRAP_ENABLED);
	}

	/**
	 * Runs the event loop until the editor's text widget paints with all its span annotations: the annotation
	 * model holds the given number of them when it paints (highlights, boxes and underlines are text styles,
	 * set before the widget paints). Gives the nanosecond time of that paint.
	 */
	private static long awaitShown(ITextEditor editor, int spanAnnotations, Set<Widget> paintedWhileOpening) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + SHOW_TIMEOUT;
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		if (paintedWhileOpening.contains(text)) {
			throw new IllegalStateException("the editor painted before it was opened: its first paint would not be timed");
		}
		long[] shown = new long[1];
		PaintListener listener = event -> {
			// the time of the paint, not of the counting after it
			long now = System.nanoTime();
			if (shown[0] == 0 && (spanAnnotations == 0 || countSpanAnnotations(model) >= spanAnnotations)) {
				shown[0] = now;
			}
		};
		text.addPaintListener(listener);
		while (shown[0] == 0) {
			dispatch(display, deadline);
		}
		text.removePaintListener(listener);
		return shown[0];
	}

	/** Counted with a plain loop: this runs inside the timed opening, where a stream per annotation took 10 ms. */
	private static int countSpanAnnotations(IAnnotationModel model) {
		int count = 0;
		for (var annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			String type = annotations.next().getType();
			for (String spanType : SPAN_ANNOTATION_TYPES) {
				if (type.startsWith(spanType)) {
					count++;
					break;
				}
			}
		}
		return count;
	}

	/** Handles one event, or sleeps until there is one (at most a quarter second, to check the deadline). */
	private static void dispatch(Display display, long deadline) {
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException("the editor did not show its text and annotations within 60 s");
		}
		if (!display.readAndDispatch()) {
			display.timerExec(250, WAKE_UP);
			display.sleep();
		}
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

	/**
	 * The ratios of one way's times to another's within each round, as their median and middle half ("1.30
	 * (1.10–1.55)"): how much the ratio of the medians moves from round to round on the shared machine.
	 */
	private static String roundRatios(double[] times, double[] against) {
		double[] ratios = new double[times.length];
		for (int i = 0; i < times.length; i++) {
			ratios[i] = times[i] / against[i];
		}
		Arrays.sort(ratios);
		return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", ratios[ratios.length / 2], ratios[ratios.length / 4],
				ratios[ratios.length * 3 / 4]);
	}

	/** The report of the openings of the plain editor, as it comes and wrapping, and of the annotation editor, cached and not. */
	private static String report(int length, List<Openings> openings, double[] marks, String loadBefore, String loadAfter) {
		Openings plain = openings.get(0);
		Openings wrapped = openings.get(1);
		Openings annotated = openings.get(2);
		Openings uncached = openings.get(3);
		double[] sorted = marks.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, """
				<!-- editor-benchmark -->
				## Annotation editor: a 1 MB article with 20,000 spans

				Measured %s by `releng/scripts/benchmark.sh` (tests/org.attest.ui.benchmarks) on %s, %d cores, Java %s,
				heap %d MB, under Xvfb; load average (1 min) %s before and %s after, the machine being shared. Article:
				%,d characters, %,d spans (claims with attributions, source mentions, cues); %d rounds after %d warm-up
				rounds, the four ways of opening taking turns in each round.

				An opening is timed from asking for the editor until its text widget first paints with all the spans'
				annotations in the editor's annotation model: the text as the person sees it, highlights, boxes and
				underlines drawn with it. The plain text editor is timed as it comes, and with its preference *Enable word
				wrap when opening an editor*, as the annotation editor always wraps. The annotation editor is timed on a
				document and layer its workbench read or saved before, which it reads from the file cache, and reading
				both from their XMI files (the cache emptied before each such opening). Problem markers are worked out
				and written after the first paint and are not waited for. *Until idle* adds what SWT does after showing
				wrapped text: it measures every wrapped line in the background, in slices of at most 50 ms between other
				events, to size the scroll bar. A ratio is one of the medians; the ratios within the rounds are given
				beside it, as their median and middle half.

				| open | plain text editor | plain, word wrap on | annotation editor | annotation editor, not cached |
				|---|---|---|---|---|
				| until shown | %.0f ms | %.0f ms | %.0f ms | %.0f ms |
				| UI thread CPU until shown | %.0f ms | %.0f ms | %.0f ms | %.0f ms |
				| until idle | %.0f ms | %.0f ms | %.0f ms | %.0f ms |

				| measure | median | within rounds | target |
				|---|---|---|---|
				| ratio annotation / plain, until shown | %.2f | %s | ≤ 1.5 |
				| ratio annotation / plain with word wrap, until shown | %.2f | %s | |
				| ratio annotation, not cached / plain, until shown | %.2f | %s | |
				| mark claim (command to repainted annotations), %d runs | %.1f ms (min %.1f, max %.1f) | | ≤ 50 ms |
				<!-- /editor-benchmark -->
				""", java.time.LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter, length, SPANS, RUNS, WARM_UP, median(plain.shown()),
				median(wrapped.shown()), median(annotated.shown()), median(uncached.shown()), median(plain.shownCpu()),
				median(wrapped.shownCpu()), median(annotated.shownCpu()), median(uncached.shownCpu()), median(plain.idle()),
				median(wrapped.idle()), median(annotated.idle()), median(uncached.idle()),
				median(annotated.shown()) / median(plain.shown()), roundRatios(annotated.shown(), plain.shown()),
				median(annotated.shown()) / median(wrapped.shown()), roundRatios(annotated.shown(), wrapped.shown()),
				median(uncached.shown()) / median(plain.shown()), roundRatios(uncached.shown(), plain.shown()), MARKS, median(marks),
				sorted[0], sorted[sorted.length - 1]);
	}

	/** The system's load average over the last minute, as /proc/loadavg gives it. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "unknown";
		}
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
