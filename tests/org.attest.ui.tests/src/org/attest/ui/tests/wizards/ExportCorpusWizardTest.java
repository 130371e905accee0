package org.attest.ui.tests.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.ui.internal.wizards.ExportCorpusJob;
import org.attest.ui.internal.wizards.ExportCorpusWizard;
import org.attest.ui.tests.harness.JobResults;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.ScriptedPathPrompt;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WizardTester;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > Attest Corpus on the real workbench, on a copy of the sample corpus. */
class ExportCorpusWizardTest {

	@TempDir
	Path folder;

	private SampleCorpus corpus;

	@BeforeEach
	void copySampleCorpus() throws IOException, CoreException {
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
	}

	@AfterEach
	void closeDialogsAndCorpus() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		corpus.close(new WorkbenchTester());
	}

	@Test
	void exportingTheSelectedCorpusAsJsonlWritesOneLinePerDocument() throws IOException {
		Path target = folder.resolve("export").resolve("corpus.jsonl");
		Files.createDirectories(target.getParent());
		JobResults results = JobResults.listen(ExportCorpusJob.FAMILY);
		WizardTester wizard = open();
		assertEquals(corpus.project().getName(), wizard.text("Corpus:"));
		wizard.choose("Format:", "jsonl").enter("Destination:", target.toString()).finish();

		IStatus status = results.await();
		assertTrue(status.isOK(), status::toString);
		assertEquals(3, Files.readAllLines(target, StandardCharsets.UTF_8).size());
	}

	@Test
	void aSplitExportTagsEveryDocumentWithItsSet() throws IOException {
		Path target = folder.resolve("split.jsonl");
		JobResults results = JobResults.listen(ExportCorpusJob.FAMILY);
		open().choose("Format:", "jsonl").enter("Destination:", target.toString())
				.press("Split into train, dev and test sets").enter("Seed:", "7").finish();

		IStatus status = results.await();
		assertTrue(status.isOK(), status::toString);
		List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
		assertEquals(3, lines.size());
		assertTrue(lines.stream().allMatch(line -> line.matches(".*\"split\":\\s*\"(train|dev|test)\".*")), lines::toString);
	}

	private WizardTester open() {
		return WizardTester.open(new ExportCorpusWizard(new ScriptedPathPrompt()), new StructuredSelection(corpus.project()),
				"Export Corpus");
	}
}
