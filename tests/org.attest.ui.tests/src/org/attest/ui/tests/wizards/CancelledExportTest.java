package org.attest.ui.tests.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.attest.ui.internal.wizards.ExportCorpusJob;
import org.attest.ui.internal.wizards.ExportCorpusWizard;
import org.attest.ui.tests.harness.GeneratedCorpus;
import org.attest.ui.tests.harness.JobResults;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #5: a cancelled export leaves no half-written file behind. */
class CancelledExportTest {

	/**
	 * About 12 MB of text: the export runs for seconds (measured: 23 ms a document on 2 busy cores), far longer
	 * than it takes to see it writing and cancel it; few files, since generating each one is a forced write.
	 */
	private static final int DOCUMENTS = 200;
	private static final int CHARACTERS = 60_000;
	private static final String PREVIOUS_EXPORT = "{\"id\": \"from an earlier export\"}\n";

	@TempDir
	Path folder;

	private GeneratedCorpus corpus;

	@BeforeEach
	void generateALargeCorpus() throws IOException, CoreException {
		corpus = GeneratedCorpus.create(folder.resolve("corpus"), DOCUMENTS, CHARACTERS);
	}

	@AfterEach
	void closeDialogsAndCorpus() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		corpus.close();
	}

	@Test
	void cancellingTheRunningExportLeavesThePreviousFileAndNothingElse() throws IOException {
		Path exports = Files.createDirectories(folder.resolve("exports"));
		Path target = exports.resolve("corpus.jsonl");
		Files.writeString(target, PREVIOUS_EXPORT, StandardCharsets.UTF_8);
		CompletableFuture<Job> started = new CompletableFuture<>();
		JobChangeAdapter starts = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExportCorpusJob.FAMILY)) {
					started.complete(event.getJob());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(starts);
		JobResults results = JobResults.listen(ExportCorpusJob.FAMILY);
		try {
			WizardTester.open(new ExportCorpusWizard(new ScriptedPathPrompt()), new StructuredSelection(corpus.project()),
					"Export Corpus").choose("Format:", "jsonl").enter("Destination:", target.toString()).finish();
			Ui.waitUntil("the export job running", started::isDone);
			Ui.waitUntil("the export writing beside the previous file", () -> writingBeside(target));

			started.join().cancel();

			IStatus result = results.await();
			assertEquals(IStatus.CANCEL, result.getSeverity(),
					"the export ended before it was cancelled (a larger corpus would help): " + result);
		} finally {
			Job.getJobManager().removeJobChangeListener(starts);
		}
		try (Stream<Path> left = Files.list(exports)) {
			assertEquals(List.of(target), left.toList(), "only the previous export is left");
		}
		assertEquals(PREVIOUS_EXPORT, Files.readString(target, StandardCharsets.UTF_8));
	}

	/** Whether a file other than the target, in its folder, has content yet. */
	private static boolean writingBeside(Path target) {
		try (Stream<Path> files = Files.list(target.getParent())) {
			return files.filter(file -> !file.equals(target)).anyMatch(file -> {
				try {
					return Files.size(file) > 0;
				} catch (IOException e) {
					return false; // moved or deleted meanwhile
				}
			});
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
