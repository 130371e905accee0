package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.LayerStatus;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.DialogTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving over a file that someone else wrote since the editor read it (another program, an import, a
 * synchronization) asks first, as Eclipse's text editors do, so that neither side's work is lost unasked.
 */
class ChangedOnDiskTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	/** Text that ana did not mark. */
	private static final String CLAIM = "it would be done by Christmas";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;

	@BeforeEach
	void copySampleCorpus(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("ana");
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void savingOverALayerChangedOnDiskAsksAndKeepsTheFileUnlessTheUserAgrees() throws IOException {
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		editor.selectText(CLAIM);
		editor.press("M3+C");
		Ui.waitUntil("ana's claim", () -> editor.isDirty());
		Path layerFile = corpus.folder().resolve("layers/ana/" + DOCUMENT + ".attest");
		// meanwhile another program (the command line, say) marks ana's layer done
		CorpusStore other = CorpusStore.open(corpus.folder());
		other.layer(DOCUMENT, "ana").orElseThrow().setStatus(LayerStatus.DONE);
		other.save();
		String theirs = Files.readString(layerFile, StandardCharsets.UTF_8);

		DialogTester question = DialogTester.await("File Changed", workbench.runCommand(IWorkbenchCommandConstants.FILE_SAVE));
		assertEquals("The file " + layerFile + " has been changed on the file system since it was read, by another"
				+ " program, an import or a synchronization. Do you want to overwrite the changes made on the file"
				+ " system?\n\nIf you answer No, nothing is saved and your changes stay in the editor.", question.message());
		question.press("No");

		assertEquals(theirs, Files.readString(layerFile, StandardCharsets.UTF_8), "the other program's file is kept");
		assertTrue(editor.isDirty(), "the claim is still unsaved in the editor");

		DialogTester.await("File Changed", workbench.runCommand(IWorkbenchCommandConstants.FILE_SAVE)).press("Yes");

		Ui.waitUntil("the editor saved", () -> !editor.isDirty());
		AnnotationLayer saved = CorpusStore.open(corpus.folder()).layer(DOCUMENT, "ana").orElseThrow();
		assertEquals(1, saved.getClaims().stream().filter(claim -> CLAIM.equals(claim.getQuote())).count());
		assertEquals(LayerStatus.IN_PROGRESS, saved.getStatus(), "the editor's version written over the other");

		editor.selectText("the dam");
		editor.press("M3+C");
		Ui.waitUntil("another claim", () -> editor.isDirty());
		editor.save(); // nobody else wrote the file since: no question
	}
}
