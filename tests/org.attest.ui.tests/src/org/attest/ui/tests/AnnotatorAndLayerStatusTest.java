package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.attest.model.LayerStatus;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.DialogTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who annotates (Window &gt; Preferences &gt; Attest) and how far they have come with a document: the layer
 * goes from to do to in progress with the first annotation, to done through Annotate &gt; Layer Status, and
 * the status line says so.
 */
class AnnotatorAndLayerStatusTest {

	private static final String PREFERENCES = "org.eclipse.ui.window.preferences";
	private static final String PAGE = "org.attest.ui.preferences.annotator";
	private static final String DOCUMENT = "harbor-fish-stocks";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;

	@BeforeEach
	void copyTheSamples(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		if (editor != null) {
			editor.close();
		}
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void theAnnotatorNamedInThePreferencesAnnotatesInTheirOwnLayer() {
		DialogTester preferences = DialogTester.await("Preferences",
				workbench.runCommand(PREFERENCES, Map.of("preferencePageId", PAGE)));
		preferences.type("Annotator name:", "lena smith");
		Ui.waitUntil("Apply and Close refused for a name with a space", () -> !preferences.isEnabled("Apply and Close"));
		preferences.type("Annotator name:", "lena");
		Ui.waitUntil("Apply and Close allowed again", () -> preferences.isEnabled("Apply and Close"));
		preferences.press("Apply and Close");

		assertEquals("lena", Annotators.current());
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		assertEquals("lena", Ui.sync(() -> editor.session().annotator()));
		Ui.waitUntil("the status line naming lena, with nothing done yet",
				() -> workbench.statusLineTexts().contains("lena: 0 of 0 claims done (to do)"));
	}

	@Test
	void theFirstAnnotationStartsTheWorkAndTheMenuMarksItDone() throws IOException {
		Annotators.set("lena");
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		assertEquals(LayerStatus.TODO, status());

		editor.selectText("Spring herring have returned to Kessick Harbor");
		editor.press("M3+C");
		Ui.waitUntil("the layer in progress", () -> status() == LayerStatus.IN_PROGRESS);
		Ui.waitUntil("the status line saying so",
				() -> workbench.statusLineTexts().contains("lena: 0 of 1 claims done (in progress)"));

		workbench.menuBar().select("Annotate", "Layer Status", "Done");
		Ui.waitUntil("the layer done", () -> status() == LayerStatus.DONE);
		Ui.waitUntil("the status line saying so",
				() -> workbench.statusLineTexts().contains("lena: 0 of 1 claims done (done)"));
		editor.save();
		Path saved = corpus.folder().resolve("layers/lena/" + DOCUMENT + ".attest");
		assertTrue(Files.readString(saved).contains("status=\"done\""), "the saved layer is done");

		editor.press("M1+Z");
		Ui.waitUntil("Done undone", () -> status() == LayerStatus.IN_PROGRESS);
		editor.press("M1+Z");
		Ui.waitUntil("the claim undone, and the start of the work with it", () -> status() == LayerStatus.TODO);
		assertEquals(0, Ui.sync(() -> editor.session().layer().getClaims().size()));
	}

	private LayerStatus status() {
		return Ui.sync(() -> editor.session().layer().getStatus());
	}
}
