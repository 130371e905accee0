package org.attest.ui.tests.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.internal.wizards.ImportArticlesJob;
import org.attest.ui.internal.wizards.ImportArticlesWizard;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.JobResults;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.ScriptedPathPrompt;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.Widgets;
import org.attest.ui.tests.harness.WizardTester;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import > Attest Articles on the real workbench: the page filled through its widgets, Finish, and the
 * import job's result and corpus.
 */
class ImportArticlesWizardTest {

	@TempDir
	Path folder;

	private final ScriptedPathPrompt prompt = new ScriptedPathPrompt();
	private boolean errorDialogsAutomated;

	/** The test harness suppresses error dialogs (they would block unattended runs); these tests drive them. */
	@BeforeEach
	void showErrorDialogs() {
		errorDialogsAutomated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
	}

	@AfterEach
	void closeDialogsAndProjects() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		ErrorDialog.AUTOMATED_MODE = errorDialogsAutomated;
		for (IProject project : CorpusProjects.find(folder.resolve("corpus")).stream().toList()) {
			project.delete(false, true, null);
		}
	}

	@Test
	void importingTheSampleArticlesIntoANewFolderMakesACorpusOfThreeDocuments() throws IOException {
		Path corpus = folder.resolve("corpus");
		prompt.files(sampleArticles());
		JobResults results = JobResults.listen(ImportArticlesJob.FAMILY);
		WizardTester wizard = open();
		wizard.enter("Corpus:", corpus.toString()).press("Add Files\u2026");
		assertEquals("gold", wizard.text("Annotator:"));
		wizard.finish();

		IStatus status = results.await();
		assertTrue(status.getSeverity() < IStatus.WARNING, status::toString);
		assertEquals(3, CorpusStore.open(corpus).documentIds().size());
		assertTrue(CorpusProjects.find(corpus).orElseThrow().getFile(CorpusStore.CORPUS_FILE).exists(),
				"the new corpus is a refreshed workspace project");
	}

	@Test
	void aBadFileGivesAnErrorNamingItAndTheRestIsImported() throws IOException {
		Path corpus = folder.resolve("corpus");
		Path broken = Files.writeString(folder.resolve("broken.jsonl"), "{not json\n", StandardCharsets.UTF_8);
		prompt.files(List.of(sampleArticles().get(0), broken));
		JobResults results = JobResults.listen(ImportArticlesJob.FAMILY);
		open().enter("Corpus:", corpus.toString()).press("Add Files\u2026").finish();

		IStatus status = results.await();
		assertEquals(IStatus.ERROR, status.getSeverity(), status::toString);
		assertTrue(Arrays.stream(status.getChildren()).anyMatch(child -> child.getMessage().contains(broken.toString())),
				status::toString);
		assertEquals(1, CorpusStore.open(corpus).documentIds().size());
		Widgets.close(Widgets.waitForShell("Import Problems"));
	}

	@Test
	void theSelectedCorpusProjectIsPrefilled() throws IOException, CoreException {
		SampleCorpus samples = SampleCorpus.copyInto(folder.resolve("corpus"));
		WizardTester wizard = WizardTester.open(new ImportArticlesWizard(prompt), new StructuredSelection(samples.project()),
				"Import Articles");
		assertEquals(samples.project().getName(), wizard.text("Corpus:"));
	}

	@Test
	void importingIntoACorpusAnEditorHasOpenKeepsTheImportWhenTheEditorSaves() throws IOException, CoreException {
		SampleCorpus samples = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("tester");
		try {
			IFile document = samples.document("riverton-dam-delay");
			AnnotationEditor before = AnnotationEditorTester.open(document).editor();
			Path article = Files.writeString(folder.resolve("ferry-fares.txt"),
					"Ferry fares to rise\n\nThe harbour board said on Monday that fares would rise by a tenth.\n",
					StandardCharsets.UTF_8);
			prompt.files(List.of(article));
			JobResults results = JobResults.listen(ImportArticlesJob.FAMILY);
			WizardTester.open(new ImportArticlesWizard(prompt), new StructuredSelection(samples.project()), "Import Articles")
					.press("Add Files\u2026").finish();
			assertTrue(results.await().getSeverity() < IStatus.WARNING);

			// the editor is opened again on what the import wrote: its corpus model knows the new document
			IWorkbenchPage page = new WorkbenchTester().page();
			Ui.waitUntil("the editor opened again", () -> {
				IEditorPart now = page.findEditor(new FileEditorInput(document));
				return now != null && now != before;
			});
			AnnotationEditorTester editor = AnnotationEditorTester.open(document);
			editor.selectText("it would be done by Christmas");
			editor.press("M3+C");
			editor.save(); // registers the new annotator in the corpus file

			CorpusStore saved = CorpusStore.open(samples.folder());
			assertTrue(saved.documentIds().contains("ferry-fares"), saved.documentIds()::toString);
			assertTrue(saved.corpus().getAnnotators().stream().anyMatch(annotator -> "tester".equals(annotator.getName())));
		} finally {
			Annotators.set("");
			samples.close(new WorkbenchTester());
		}
	}

	private WizardTester open() {
		return WizardTester.open(new ImportArticlesWizard(prompt), StructuredSelection.EMPTY, "Import Articles");
	}

	private static List<Path> sampleArticles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty(SampleCorpus.SAMPLES_PROPERTY), "articles"))) {
			return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}
}
