package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.attest.model.AnnotationLayer;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.SourceMention;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.Keyboard;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.attest.ui.tests.harness.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotator's whole flow on a sample article, through keys and menus only: mark a claim, mark a source
 * that the registry does not have yet, link it, set stance and credibility with their keys, undo and redo,
 * save, close and reopen; and validation markers that follow the work.
 */
class AnnotationFlowTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	private static final String CLAIM = "it would be done by Christmas";
	private static final String NAME = "Harriet Mbeki-Soule";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;

	@BeforeEach
	void openAnArticleAsANewAnnotator(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		Annotators.set("tester");
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		assertEquals(0, layer().getClaims().size(), "the new annotator's layer starts empty");
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		editor.close();
		corpus.close(workbench);
		Annotators.set("");
	}

	private AnnotationLayer layer() {
		return Ui.sync(() -> editor.session().layer());
	}

	/** Presses the key in the dialog with this title, once it is open, and waits until it has closed. */
	private static void inDialog(String title, String key) {
		Shell dialog = Widgets.waitForShell(title);
		Keyboard.on(dialog).press(key);
		Ui.waitUntil("the dialog " + title + " closed", dialog::isDisposed);
	}

	@Test
	void annotateUndoRedoSaveAndReopen() throws IOException {
		editor.selectText(CLAIM);
		editor.press("M3+C");
		Ui.waitUntil("a claim", () -> layer().getClaims().size() == 1);
		ClaimMention claim = layer().getClaims().get(0);
		assertEquals(CLAIM, Ui.sync(claim::getQuote));

		editor.selectText(NAME);
		editor.press("M3+S");
		inDialog("Mark Source Mention", "ENTER");
		Ui.waitUntil("a source mention", () -> layer().getSourceMentions().size() == 1);
		SourceMention mention = layer().getSourceMentions().get(0);
		assertEquals(NAME, Ui.sync(() -> mention.getSource().getName()));
		assertEquals("harriet-mbeki-soule", Ui.sync(() -> mention.getSource().getId()));
		assertTrue(Ui.sync(() -> editor.session().store().corpus().getSources().contains(mention.getSource())),
				"the new source is in the registry");

		editor.caretTo(Ui.sync(claim::getBegin) + 3);
		editor.press("M3+L");
		inDialog("Link Source to Claim", "ENTER");
		Ui.waitUntil("an attribution", () -> layer().getAttributions().size() == 1);
		Attribution attribution = layer().getAttributions().get(0);
		assertSame(claim, attribution.getClaim());
		assertSame(mention, Ui.sync(attribution::getMention), "linked through the nearest mention");

		editor.press("d");
		Ui.waitUntil("stance deny", () -> "deny".equals(attribution.getStance()));
		editor.press("5");
		Ui.waitUntil("credibility false", () -> "false".equals(claim.getCredibility()));
		assertTrue(editor.isDirty());
		Ui.waitUntil("the status line showing the annotator's progress",
				() -> workbench.statusLineTexts().contains("tester: 1 of 1 claims done (in progress)"));

		editor.press("M1+Z");
		Ui.waitUntil("credibility undone", () -> claim.getCredibility() == null);
		assertEquals("deny", Ui.sync(attribution::getStance));
		editor.press("M1+Z");
		Ui.waitUntil("stance undone", () -> attribution.getStance() == null);
		workbench.menuBar().select("Edit", "Redo");
		Ui.waitUntil("stance redone", () -> "deny".equals(attribution.getStance()));
		assertNull(Ui.sync(claim::getCredibility));
		editor.press("M1+Y");
		Ui.waitUntil("credibility redone", () -> "false".equals(claim.getCredibility()));

		editor.save();
		Path saved = corpus.folder().resolve("layers/tester/" + DOCUMENT + ".attest");
		String xml = Files.readString(saved, StandardCharsets.UTF_8);
		assertTrue(xml.contains("quote=\"" + CLAIM + "\"") && xml.contains("credibility=\"false\"")
				&& xml.contains("stance=\"deny\"") && xml.contains("../../corpus.attest#harriet-mbeki-soule"), xml);
		assertTrue(Files.readString(corpus.folder().resolve("corpus.attest")).contains("name=\"" + NAME + "\""));

		editor.close();
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		AnnotationLayer reopened = layer();
		assertEquals(1, reopened.getClaims().size());
		assertEquals("false", Ui.sync(() -> reopened.getClaims().get(0).getCredibility()));
		assertEquals("deny", Ui.sync(() -> reopened.getAttributions().get(0).getStance()));
		assertEquals(NAME, Ui.sync(() -> reopened.getAttributions().get(0).getSource().getName()));
		assertEquals(CLAIM, Ui.sync(() -> reopened.getAttributions().get(0).getClaim().getQuote()));
	}

	@Test
	void aClaimWithoutSourceIsAProblemUntilLinked() throws CoreException {
		IFile file = corpus.document(DOCUMENT);
		editor.selectText(CLAIM);
		workbench.menuBar().select("Annotate", "Mark as Claim");
		Ui.waitUntil("a claim", () -> layer().getClaims().size() == 1);
		editor.save();
		Ui.waitUntil("a problem marker saying the claim has no source", () -> problems(file).contains("has no source"));
		IMarker marker = file.findMarkers("org.attest.ui.problem", false, IResource.DEPTH_ZERO)[0];
		assertEquals(Ui.sync(() -> layer().getClaims().get(0).getBegin()), marker.getAttribute(IMarker.CHAR_START, -1));

		editor.selectText(NAME);
		editor.press("M3+S");
		inDialog("Mark Source Mention", "ENTER");
		editor.caretTo(Ui.sync(() -> layer().getClaims().get(0).getBegin()) + 1);
		editor.press("M3+L");
		inDialog("Link Source to Claim", "ENTER");
		Ui.waitUntil("an attribution", () -> layer().getAttributions().size() == 1);
		editor.save();

		Ui.waitUntil("the problem marker gone", () -> !problems(file).contains("has no source"));
	}

	private static String problems(IFile file) {
		try {
			return String.join("\n", Arrays.stream(file.findMarkers("org.attest.ui.problem", false, IResource.DEPTH_ZERO))
					.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
