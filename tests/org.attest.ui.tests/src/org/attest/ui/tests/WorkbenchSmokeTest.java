package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.ui.internal.AnnotationPerspective;
import org.attest.ui.internal.CorpusProjects;
import org.attest.ui.internal.CorpusStartup;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.Test;

/**
 * The workbench starts with Attest, opens the sample corpus given at startup (as the {@code run} script
 * does), shows its first document in an editor, and offers the Annotation perspective.
 */
class WorkbenchSmokeTest {

	private final WorkbenchTester workbench = new WorkbenchTester();

	@Test
	void theCorpusGivenAtStartupOpensWithItsFirstDocumentInTheEditor() throws IOException {
		Path corpus = Path.of(System.getProperty(CorpusStartup.CORPUS_PROPERTY));
		Path firstDocument = corpus.resolve("articles/harbor-fish-stocks.txt");
		assertTrue(Files.isRegularFile(firstDocument), "the sample corpus was not copied for the test: " + corpus);

		workbench.window();
		Ui.waitUntil("the corpus project for " + corpus, () -> CorpusProjects.find(corpus).isPresent());
		Ui.waitUntil("harbor-fish-stocks.txt open in the editor",
				() -> workbench.activeEditorTitle().filter("harbor-fish-stocks.txt"::equals).isPresent());

		// the editor shows the article exactly, typographic quotes and emoji included
		String expected = Files.readString(firstDocument, StandardCharsets.UTF_8);
		assertTrue(expected.contains("\u201C") && expected.codePoints().anyMatch(Character::isSupplementaryCodePoint),
				"the sample lost its typographic quotes or emoji");
		assertEquals(expected, workbench.activeEditorText());
	}

	@Test
	void theAnnotationPerspectiveArrangesTheCorpusTheEditorAndTheirViews() {
		workbench.openPerspective(AnnotationPerspective.ID);

		assertEquals(AnnotationPerspective.ID, workbench.perspectiveId());
		for (String view : new String[] { ProjectExplorer.VIEW_ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW }) {
			assertTrue(workbench.hasView(view), "the Annotation perspective lacks the view " + view);
		}
	}
}
