package org.attest.ui.tests.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.internal.wizards.ExportCorpusJob;
import org.attest.ui.internal.wizards.ExportCorpusWizard;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.EventLoopProbe;
import org.attest.ui.tests.harness.GeneratedCorpus;
import org.attest.ui.tests.harness.JobResults;
import org.attest.ui.tests.harness.Keyboard;
import org.attest.ui.tests.harness.ScriptedPathPrompt;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WizardTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue #7, concurrency: an export runs in the background while the annotator goes on annotating. The workbench
 * stays responsive (the keys take effect while the export runs; the event loop's delays are measured), the
 * export is of the corpus as saved when it started (a save during the export is not in it), and a cancelled
 * export leaves neither output nor snapshot.
 */
class ConcurrentExportTest {

	/**
	 * About 60 MB of text: the export runs for seconds (measured: 1 to 3 s for 400 such documents on 2 cores that
	 * other builds shared), several times longer than marking, undoing, redoing and saving take (0.4 s there).
	 */
	private static final int DOCUMENTS = 1_000;
	private static final int CHARACTERS = 60_000;
	/** The document annotated during the export: the last in corpus order, so the last one exported. */
	private static final int ANNOTATED = DOCUMENTS - 1;
	private static final String ANNOTATOR = "tester";
	/** The first sentence of every generated paragraph (GeneratedCorpus). */
	private static final String SENTENCE = "The council said on Tuesday that the harbor would reopen in spring";

	/** Generated once for both tests: saving a thousand documents takes a while, and neither test changes them. */
	@TempDir
	static Path folder;
	private static GeneratedCorpus corpus;

	private AnnotationEditorTester editor;
	private Path exports;

	@BeforeAll
	static void generateALargeCorpus() throws IOException, CoreException {
		corpus = GeneratedCorpus.create(folder.resolve("corpus"), DOCUMENTS, CHARACTERS);
	}

	@AfterAll
	static void closeTheCorpus() throws CoreException {
		corpus.close();
	}

	@BeforeEach
	void chooseAnExportFolder(TestInfo test) throws IOException {
		exports = Files.createDirectories(folder.resolve(test.getTestMethod().orElseThrow().getName()));
	}

	@AfterEach
	void closeDialogsAndEditor() {
		Widgets.dialogs().forEach(Widgets::close);
		Job.getJobManager().cancel(ExportCorpusJob.FAMILY);
		if (editor != null) {
			editor.close();
		}
		Annotators.set("");
	}

	@Test
	void theAnnotatorKeepsWorkingWhileTheExportRunsAndTheExportIsOfTheCorpusAsSavedWhenItStarted() throws IOException {
		Annotators.set(ANNOTATOR);
		editor = AnnotationEditorTester.open(corpus.document(ANNOTATED));
		Path target = exports.resolve("corpus.jsonl");
		String text = editor.text();
		int first = text.indexOf(SENTENCE);
		int second = text.indexOf(SENTENCE, first + 1);
		editor.select(first, first + SENTENCE.length());
		editor.press("M3+C");
		Ui.waitUntil("the first claim", () -> layer().getClaims().size() == 1);
		assertTrue(editor.isDirty());

		RunningJob export = RunningJob.listen();
		JobResults results = JobResults.listen(ExportCorpusJob.FAMILY);
		EventLoopProbe probe = EventLoopProbe.start();
		long exportStarted;
		long quietSince;
		Duration savedAfter;
		try {
			WizardTester wizard = WizardTester.open(new ExportCorpusWizard(new ScriptedPathPrompt()),
					new StructuredSelection(corpus.project()), "Export Corpus")
					.choose("Format:", "jsonl").enter("Destination:", target.toString()).enter("Annotator:", ANNOTATOR);
			wizard.pressLater("Finish");
			// the unsaved editor is offered for saving first: the export is of the saved corpus
			answerTheSavePrompt();
			Ui.waitUntil("the wizard closed", wizard.shell()::isDisposed);
			assertFalse(editor.isDirty(), "the first claim saved before the export");
			exportStarted = EventLoopProbe.now();
			Job job = export.await();
			Path writing = exports.resolve("corpus.jsonl.exporting");
			Ui.waitUntil("the export writing", () -> sizeOf(writing) > 0);

			editor.select(second, second + SENTENCE.length());
			editor.press("M3+C");
			Ui.waitUntil("the second claim", () -> layer().getClaims().size() == 2);
			assertRunning(job, "marking a claim");
			editor.press("M1+Z");
			Ui.waitUntil("the second claim undone", () -> layer().getClaims().size() == 1);
			assertRunning(job, "undoing");
			editor.press("M1+Y");
			Ui.waitUntil("the second claim redone", () -> layer().getClaims().size() == 2);
			assertRunning(job, "redoing");
			editor.save();
			String saved = Files.readString(corpus.folder().resolve("layers/tester/" + GeneratedCorpus.id(ANNOTATED) + ".attest"),
					StandardCharsets.UTF_8);
			assertEquals(2, saved.split("<claims ", -1).length - 1, saved);
			assertRunning(job, "saving");
			savedAfter = Duration.ofNanos(EventLoopProbe.now() - exportStarted);
			// at most the last whole line sits in the writer's buffer: the annotated document was not read yet
			assertTrue(exportedLines(writing) < ANNOTATED - 1, "the export had not reached the annotated document when it was saved");

			quietSince = EventLoopProbe.now();
			IStatus result = results.await();
			assertTrue(result.isOK(), result::toString);
		} finally {
			probe.stop();
			export.stop();
		}
		long exportEnded = EventLoopProbe.now();

		List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
		assertEquals(DOCUMENTS, lines.size());
		JsonObject annotated = JsonParser.parseString(lines.get(ANNOTATED)).getAsJsonObject();
		assertEquals(GeneratedCorpus.id(ANNOTATED), annotated.get("id").getAsString());
		// the generated text has no character beyond the BMP: code points and UTF-16 offsets agree
		List<String> claims = annotated.getAsJsonArray("claims").asList().stream().map(JsonElement::getAsJsonObject)
				.map(claim -> claim.get("start").getAsInt() + ":" + claim.get("text").getAsString()).toList();
		assertEquals(List.of(first + ":" + SENTENCE), claims, "the document as saved when the export started: the first claim only");
		assertEquals(List.of(), snapshots(), "no snapshot left beside the corpus");
		System.out.printf("concurrent export: %d documents, %d bytes exported in %d ms, the editor saved after %d ms; "
				+ "%d event loop round trips, worst %d ms during the export (annotating and saving meanwhile), worst %d ms "
				+ "while only the export ran%n", DOCUMENTS, Files.size(target), Duration.ofNanos(exportEnded - exportStarted).toMillis(),
				savedAfter.toMillis(), probe.count(), probe.worstSince(exportStarted).toMillis(), probe.worstSince(quietSince).toMillis());
	}

	@Test
	void aCancelledExportLeavesNoOutputAndNoSnapshot() {
		Path target = exports.resolve("brat");
		RunningJob export = RunningJob.listen();
		JobResults results = JobResults.listen(ExportCorpusJob.FAMILY);
		try {
			WizardTester.open(new ExportCorpusWizard(new ScriptedPathPrompt()), new StructuredSelection(corpus.project()),
					"Export Corpus").choose("Format:", "brat").enter("Destination:", target.toString()).finish();
			Job job = export.await();
			Ui.waitUntil("the snapshot taken and the export writing its folder", () -> snapshotFolders().size() == 1 && stagedFiles(exports) > 0);

			job.cancel();

			IStatus result = results.await();
			assertEquals(IStatus.CANCEL, result.getSeverity(), "the export ended before it was cancelled: " + result);
		} finally {
			export.stop();
		}
		assertEquals(List.of(), entriesOf(exports), "no output file or folder");
		assertEquals(List.of(), snapshots(), "no snapshot");
	}

	/** Presses Enter, which is Save, in the workbench's prompt to save the corpus's dirty editor. */
	private static void answerTheSavePrompt() {
		Shell prompt = Widgets.waitForShell("Save Resource");
		Keyboard.on(prompt).press("ENTER");
		Ui.waitUntil("the save prompt closed", prompt::isDisposed);
	}

	private AnnotationLayer layer() {
		return Ui.sync(() -> editor.session().layer());
	}

	private static void assertRunning(Job job, String after) {
		assertEquals(Job.RUNNING, job.getState(), "the export still running after " + after);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0; // not there yet, or moved over the target
		}
	}

	/**
	 * How many lines the export has written so far (through a buffer, so no more than it has done); read on the
	 * test's thread, so that the UI thread's delays measure the export alone.
	 */
	private static long exportedLines(Path writing) throws IOException {
		long lines = 0;
		for (byte b : Files.readAllBytes(writing)) {
			if (b == '\n') {
				lines++;
			}
		}
		return lines;
	}

	/** What the corpus's snapshots leave beside the corpus folder: their hidden folders and lock files. */
	private static List<Path> snapshots() {
		return entriesOf(folder).stream().filter(entry -> entry.getFileName().toString().startsWith(".corpus.snapshot")).toList();
	}

	/** The snapshots' folders beside the corpus folder, one a snapshot. */
	private static List<Path> snapshotFolders() {
		return snapshots().stream().filter(Files::isDirectory).toList();
	}

	/** How many files the staged export folder beside the target holds so far. */
	private static long stagedFiles(Path exports) {
		if (!Files.isDirectory(exports)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(exports)) {
			return files.filter(Files::isRegularFile).count();
		} catch (IOException | RuntimeException e) {
			return 0; // a file moved or deleted while walking
		}
	}

	private static List<Path> entriesOf(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** The export job once it runs, heard from the job manager: listen before the wizard schedules it. */
	private static final class RunningJob extends JobChangeAdapter {

		private final CompletableFuture<Job> running = new CompletableFuture<>();

		static RunningJob listen() {
			RunningJob listener = new RunningJob();
			Job.getJobManager().addJobChangeListener(listener);
			return listener;
		}

		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ExportCorpusJob.FAMILY)) {
				running.complete(event.getJob());
			}
		}

		Job await() {
			Ui.waitUntil("the export job running", running::isDone);
			return running.join();
		}

		void stop() {
			Job.getJobManager().removeJobChangeListener(this);
		}
	}
}
