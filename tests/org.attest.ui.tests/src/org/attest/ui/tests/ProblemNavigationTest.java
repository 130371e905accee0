package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.ProblemsViewTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #4: double-clicking a validation problem in the Problems view goes to its span. */
class ProblemNavigationTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	private static final String CLAIM = "it would be done by Christmas";
	/** What the validator says about a claim without an attribution. */
	private static final String NO_SOURCE = "has no source";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;

	@BeforeEach
	void copySampleCorpus(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("tester");
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		corpus.close(workbench);
		Annotators.set("");
	}

	/** Marks the claim and saves, so that validation reports it without a source; returns the editor. */
	private static AnnotationEditorTester claimWithoutSource(IFile document) {
		AnnotationEditorTester editor = AnnotationEditorTester.open(document);
		editor.selectText(CLAIM);
		editor.press("M3+C");
		Ui.waitUntil("a claim", () -> editor.session().layer().getClaims().size() == 1);
		editor.save(); // validation runs on save
		return editor;
	}

	@Test
	void doubleClickingAClaimWithoutSourceInTheProblemsViewSelectsTheClaimInItsEditor() {
		AnnotationEditorTester editor = claimWithoutSource(corpus.document(DOCUMENT));
		int begin = editor.text().indexOf(CLAIM);
		editor.caretTo(0);
		// another document in front, so that the problem's editor has to come back
		AnnotationEditorTester.open(corpus.document("harbor-fish-stocks"));
		IWorkbenchPage page = workbench.page();
		int open = Ui.sync(() -> page.getEditorReferences().length);

		ProblemsViewTester.show(workbench).doubleClick(NO_SOURCE);

		Ui.waitUntil("the claim's editor active again", () -> page.getActivePart() == editor.editor());
		// the workbench activates the editor, then goes to the marker: wait for the second step too
		Ui.waitUntil("the claim selected", () -> selects(editor.selection(), begin));
		assertEquals(open, Ui.sync(() -> page.getEditorReferences().length), "the problem's editor came back, no other opened");
	}

	@Test
	void doubleClickingTheProblemOfAClosedDocumentOpensItInTheAnnotationEditorOnTheClaim() {
		IFile document = corpus.document(DOCUMENT);
		AnnotationEditorTester editor = claimWithoutSource(document);
		int begin = editor.text().indexOf(CLAIM);
		editor.close();
		IWorkbenchPage page = workbench.page();

		ProblemsViewTester.show(workbench).doubleClick(NO_SOURCE);

		Ui.waitUntil("an editor on " + document.getName(), () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(document));
		assertEquals(AnnotationEditor.ID, workbench.activeEditorId());
		Ui.waitUntil("the claim selected", () -> selects(workbench.activeEditorSelection(), begin));
	}

	private static boolean selects(ITextSelection selection, int begin) {
		return selection.getOffset() == begin && selection.getLength() == CLAIM.length();
	}
}
