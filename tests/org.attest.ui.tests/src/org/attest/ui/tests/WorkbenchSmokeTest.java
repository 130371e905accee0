package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;
import org.attest.ui.internal.AnnotationPerspective;
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.CorpusStartup;
import org.attest.ui.internal.editor.AnnotationEditor;
import org.attest.ui.internal.views.ClaimsView;
import org.attest.ui.internal.views.SourcesView;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.Test;

/**
 * The workbench starts with Attest, opens the sample corpus given at startup (as the {@code workbench} script
 * does), shows its first document in the annotation editor, and offers the Annotation perspective.
 */
class WorkbenchSmokeTest {

	private final WorkbenchTester workbench = new WorkbenchTester();

	@Test
	void theCorpusGivenAtStartupOpensWithItsFirstDocumentInTheAnnotationEditor() throws IOException {
		Path corpus = Path.of(System.getProperty(CorpusStartup.CORPUS_PROPERTY));
		assertTrue(Files.isRegularFile(corpus.resolve("documents/harbor-fish-stocks.attest")),
				"the sample corpus was not copied for the test: " + corpus);

		workbench.window();
		Ui.waitUntil("the corpus project for " + corpus, () -> CorpusProjects.find(corpus).isPresent());
		Ui.waitUntil("harbor-fish-stocks.attest open in the editor",
				() -> workbench.activeEditorTitle().filter("harbor-fish-stocks.attest"::equals).isPresent());

		assertEquals(AnnotationEditor.ID, workbench.activeEditorId());
		// the editor shows the document's text, not its XML: typographic quotes and emoji intact
		String expected = CorpusStore.open(corpus).document("harbor-fish-stocks").getText();
		assertTrue(expected.contains("\u201C") && expected.codePoints().anyMatch(Character::isSupplementaryCodePoint),
				"the sample lost its typographic quotes or emoji");
		assertEquals(expected, workbench.activeEditorText());
	}

	@Test
	void theAnnotationPerspectiveArrangesTheCorpusTheEditorAndTheirViews() {
		workbench.openPerspective(AnnotationPerspective.ID);

		assertEquals(AnnotationPerspective.ID, workbench.perspectiveId());
		for (String view : new String[] { ProjectExplorer.VIEW_ID, IPageLayout.ID_OUTLINE, ClaimsView.ID, SourcesView.ID,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW }) {
			assertTrue(workbench.hasView(view), "the Annotation perspective lacks the view " + view);
		}
	}
}
