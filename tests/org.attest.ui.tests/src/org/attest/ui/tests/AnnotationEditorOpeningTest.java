package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.attest.ui.internal.editor.AnnotationSession;
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
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a document in the annotation editor: the annotator's layer is read while the editor makes its viewer,
 * its spans become the text's annotations (highlighted, underlined, with hovers) and its problems markers;
 * a layer that cannot be read leaves the text readable, says which file and line, and changes nothing.
 */
class AnnotationEditorOpeningTest {

	private static final String DOCUMENT = "riverton-dam-delay";

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;
	private boolean errorDialogsAutomated;

	@BeforeEach
	void copyTheSamples(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		// the test harness answers error dialogs itself unless told not to
		errorDialogsAutomated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		ErrorDialog.AUTOMATED_MODE = errorDialogsAutomated;
		if (editor != null) {
			editor.close();
		}
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void theGoldLayerBecomesTheAnnotationsOfTheText() {
		Annotators.set(CorpusStore.GOLD);
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));

		AnnotationSession session = editor.session();
		AnnotationLayer layer = Ui.sync(session::layer);
		assertEquals(CorpusStore.GOLD, Ui.sync(layer::getAnnotator));
		assertSame(session.document(), Ui.sync(layer::getDocument), "the layer read apart refers to the editor's document");
		// the sample's gold layer of this article: 9 claims, 13 source mentions, 13 cues
		List<Annotation> spans = Ui.sync(() -> spanAnnotations(model()));
		assertEquals(35, spans.size());
		// its first claim, "the project will be finished “by the end of spring,”", rated barely-true
		Annotation claim = Ui.sync(() -> annotationAt(model(), 104).orElseThrow());
		assertEquals("org.attest.ui.claim.barely-true", claim.getType());
		assertEquals(new Position(104, 52), Ui.sync(() -> model().getPosition(claim)));
		assertTrue(Ui.sync(claim::getText).contains("Upper Halvane Water Authority"),
				"the hover names the claim's sources, from the registry: " + Ui.sync(claim::getText));

		// plugin.xml's default looks: barely-true claims on 255,218,172, cues underlined in 120,60,160
		Ui.waitUntil("the claim highlighted", () -> background(110).filter(new RGB(255, 218, 172)::equals).isPresent());
		Optional<RGB> underline = Ui.sync(() -> Optional.ofNullable(editor.styledText().getStyleRangeAtOffset(82))
				.filter(range -> range.underline && range.underlineColor != null).map(range -> range.underlineColor.getRGB()));
		assertEquals(Optional.of(new RGB(120, 60, 160)), underline, "the cue \"insisted\" (80–88) is underlined");
	}

	@Test
	void theLayersProblemsBecomeMarkersWhenItOpens() throws IOException, CoreException {
		CorpusStore store = CorpusStore.open(corpus.folder());
		String text = store.document(DOCUMENT).getText();
		AnnotationLayer layer = store.layerFor(DOCUMENT, "tester");
		ClaimMention claim = AttestFactory.eINSTANCE.createClaimMention();
		SpanAnchors.place(claim, text, 104, 156);
		layer.getClaims().add(claim);
		store.save();
		Annotators.set("tester");

		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));

		IFile file = corpus.document(DOCUMENT);
		Ui.waitUntil("a marker saying the claim has no source yet",
				() -> markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("has no source yet")));
		IMarker marker = markers(file).stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("has no source yet"))
				.findFirst().orElseThrow();
		assertEquals(104, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(156, marker.getAttribute(IMarker.CHAR_END, -1));
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers("org.attest.ui.problem", false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aLayerThatCannotBeReadLeavesTheTextReadableNamesTheFileAndChangesNothing() throws IOException {
		Path layerFile = corpus.folder().resolve("layers/tester/" + DOCUMENT + ".attest");
		Files.createDirectories(layerFile.getParent());
		Files.writeString(layerFile, """
				<?xml version="1.0" encoding="UTF-8"?>
				<attest:AnnotationLayer xmlns:attest="urn:attest:model:1.0"
				   annotator="tester">
				  <claims begin="3"
				""", StandardCharsets.UTF_8);
		byte[] broken = Files.readAllBytes(layerFile);
		Annotators.set("tester");

		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));

		Shell dialog = Widgets.waitForShell("Cannot Annotate");
		String said = String.join("\n", Widgets.findAll(dialog, Label.class, Widgets.any()).stream()
				.map(label -> Ui.sync(label::getText)).toList());
		assertTrue(said.contains(layerFile.toString()) && said.contains("line "), said);
		Keyboard.on(dialog).press("ENTER");
		Ui.waitUntil("the dialog closed", dialog::isDisposed);

		assertEquals(CorpusStore.open(corpus.folder()).document(DOCUMENT).getText(), editor.text());
		assertNull(editor.session(), "no session, so nothing can be annotated");
		assertTrue(Ui.sync(() -> spanAnnotations(model())).isEmpty());
		editor.press("M1+S");
		editor.close();
		editor = null;
		assertArrayEquals(broken, Files.readAllBytes(layerFile), "the unreadable layer file was changed");
	}

	private IAnnotationModel model() {
		return editor.editor().getDocumentProvider().getAnnotationModel(editor.editor().getEditorInput());
	}

	/** The annotations the editor gives spans: claims (by credibility), source mentions, cues. */
	private static List<Annotation> spanAnnotations(IAnnotationModel model) {
		List<Annotation> spans = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation.getType().startsWith("org.attest.ui.claim.") || annotation.getType().equals("org.attest.ui.sourceMention")
					|| annotation.getType().equals("org.attest.ui.cue")) {
				spans.add(annotation);
			}
		});
		return spans;
	}

	private static Optional<Annotation> annotationAt(IAnnotationModel model, int offset) {
		return spanAnnotations(model).stream().filter(annotation -> model.getPosition(annotation).getOffset() == offset).findFirst();
	}

	private Optional<RGB> background(int offset) {
		return Ui.sync(() -> Optional.ofNullable(editor.styledText().getStyleRangeAtOffset(offset))
				.map(range -> range.background).map(color -> color.getRGB()));
	}
}
