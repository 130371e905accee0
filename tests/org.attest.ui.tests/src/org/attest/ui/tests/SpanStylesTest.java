package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Span;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.attest.ui.tests.harness.Widgets;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.EditorsUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the annotation editor shows spans in its text: claims on their credibility's colour, source mentions boxed,
 * cues underlined, exactly over their text, all of them where they overlap; after marking, undoing and redoing;
 * far down a long text; and as the annotation preferences (General &gt; Editors &gt; Text Editors &gt;
 * Annotations) say, changed while the editor is open. Read from the text widget's style ranges, which are what it
 * paints.
 */
class SpanStylesTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	// plugin.xml's default colours
	private static final RGB TRUE = new RGB(198, 236, 200);
	private static final RGB BARELY_TRUE = new RGB(255, 218, 172);
	private static final RGB FALSE = new RGB(255, 196, 188);
	private static final RGB UNRATED = new RGB(204, 226, 255);
	private static final RGB SOURCE_MENTION = new RGB(30, 90, 200);
	private static final RGB CUE = new RGB(120, 60, 160);
	/** The preferences the tests change, put back to their defaults after each. */
	private static final List<String> PREFERENCES = List.of("attest.claim.barely-true.color", "attest.claim.barely-true.highlight",
			"attest.cue.textStyle");

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
		Widgets.dialogs().forEach(Widgets::close);
		Ui.run(() -> PREFERENCES.forEach(EditorsUI.getPreferenceStore()::setToDefault));
		if (editor != null) {
			editor.close();
		}
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void claimsSourceMentionsAndCuesAreStyledExactlyOverTheirText() {
		Annotators.set(CorpusStore.GOLD);
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));

		// the sample's gold layer: "The regional water agency overseeing the Riverton Dam rebuild" (18–79) a source
		// mention, "insisted" (80–88) a cue, then a barely-true claim (104–156)
		Ui.waitUntil("the claim highlighted", () -> background(104).equals(Optional.of(BARELY_TRUE)));
		assertEquals(Optional.of(BARELY_TRUE), background(155), "the claim's last character");
		assertEquals(Optional.empty(), background(103), "before the claim");
		assertEquals(Optional.empty(), background(156), "after the claim");

		assertEquals(Optional.of(CUE), underline(80));
		assertEquals(Optional.of(CUE), underline(87));
		assertEquals(Optional.empty(), underline(88), "after the cue");
		assertEquals(SWT.UNDERLINE_SINGLE, Ui.sync(() -> style(80).underlineStyle));

		assertEquals(Optional.of(SOURCE_MENTION), box(18));
		assertEquals(Optional.of(SOURCE_MENTION), box(78));
		assertEquals(Optional.empty(), box(79), "between the mention and the cue");
		assertEquals(SWT.BORDER_SOLID, Ui.sync(() -> style(18).borderStyle));
	}

	@Test
	void overlappingClaimsAndACueAllShow() throws IOException {
		CorpusStore store = CorpusStore.open(corpus.folder());
		String text = store.document(DOCUMENT).getText();
		AnnotationLayer layer = store.layerFor(DOCUMENT, "tester");
		for (ClaimMention claim : List.of(claim(text, 100, 160, "true"), claim(text, 140, 200, "false"))) {
			layer.getClaims().add(claim);
			// attributed, so that no problem marker underlines a claim without source
			Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
			attribution.setClaim(claim);
			attribution.setSource(store.corpus().getSources().get(0));
			attribution.setStance("support");
			layer.getAttributions().add(attribution);
		}
		layer.getCues().add(place(AttestFactory.eINSTANCE.createCue(), text, 120, 130));
		store.save();
		Annotators.set("tester");

		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));

		Ui.waitUntil("the first claim highlighted", () -> background(100).equals(Optional.of(TRUE)));
		assertEquals(Optional.empty(), underline(119));
		assertEquals(Optional.of(TRUE), background(125), "the claim under the cue");
		assertEquals(Optional.of(CUE), underline(125), "the cue on the claim");
		assertEquals(Optional.of(TRUE), background(135));
		assertEquals(Optional.empty(), underline(135));
		// where the claims overlap, the one beginning later shows, so that a claim inside another stays visible
		assertEquals(Optional.of(FALSE), background(150));
		assertEquals(Optional.of(FALSE), background(199));
		assertEquals(Optional.empty(), background(200));
	}

	@Test
	void markingUndoingAndRedoingAClaimRestylesItsText() {
		Annotators.set("tester");
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		String claim = "it would be done by Christmas";
		int begin = editor.text().indexOf(claim);
		int last = begin + claim.length() - 1;
		assertEquals(Optional.empty(), background(begin), "nothing marked yet");

		editor.selectText(claim);
		editor.press("M3+C");
		Ui.waitUntil("the new claim highlighted", () -> background(begin).equals(Optional.of(UNRATED)));
		assertEquals(Optional.of(UNRATED), background(last));
		assertEquals(Optional.empty(), background(last + 1));

		editor.press("5");
		Ui.waitUntil("the claim in the colour of false", () -> background(begin).equals(Optional.of(FALSE)));

		editor.press("M1+Z");
		Ui.waitUntil("the credibility undone", () -> background(begin).equals(Optional.of(UNRATED)));
		editor.press("M1+Z");
		Ui.waitUntil("the claim undone", () -> background(begin).isEmpty() && background(last).isEmpty());
		editor.press("M1+Y");
		Ui.waitUntil("the claim redone", () -> background(begin).equals(Optional.of(UNRATED)) && background(last).equals(Optional.of(UNRATED)));
	}

	@Test
	void farDownALongTextTheSpansAreStyled() throws IOException, CoreException {
		CorpusStore store = CorpusStore.open(corpus.folder());
		String paragraph = store.document(DOCUMENT).getText();
		StringBuilder builder = new StringBuilder();
		while (builder.length() < 400_000) {
			builder.append(paragraph).append("\n\n");
		}
		String text = builder.toString();
		Document document = AttestFactory.eINSTANCE.createDocument();
		document.setId("long");
		document.setText(text);
		store.addDocument(document);
		AnnotationLayer layer = store.layerFor("long", "tester");
		// a claim and a cue in every thousand characters
		for (int offset = 0; offset + 1000 <= text.length(); offset += 1000) {
			layer.getClaims().add(claim(text, offset + 10, offset + 60, "true"));
			layer.getCues().add(place(AttestFactory.eINSTANCE.createCue(), text, offset + 100, offset + 108));
		}
		store.save();
		corpus.project().refreshLocal(IResource.DEPTH_INFINITE, null);
		Annotators.set("tester");
		int lastClaim = (text.length() / 1000 - 1) * 1000 + 10;

		editor = AnnotationEditorTester.open(corpus.document("long"));
		Ui.waitUntil("the first claim highlighted", () -> background(10).equals(Optional.of(TRUE)));
		// only the text near the view is styled: the end of a long text not before it comes near
		assertEquals(Optional.empty(), background(lastClaim), "the last claim, far out of view");
		editor.press("M1+END");
		Ui.waitUntil("the end of the text in view",
				() -> editor.styledText().getTopIndex() > editor.styledText().getLineAtOffset(text.length() / 2));

		Ui.waitUntil("the last claim highlighted", () -> background(lastClaim).equals(Optional.of(TRUE)));
		assertEquals(Optional.of(TRUE), background(lastClaim + 49));
		assertEquals(Optional.empty(), background(lastClaim + 50));
		assertEquals(Optional.of(CUE), underline(lastClaim + 90));
		assertEquals(Optional.empty(), underline(lastClaim + 98));
	}

	@Test
	void changedAnnotationPreferencesRestyleTheOpenText() {
		Annotators.set(CorpusStore.GOLD);
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		Ui.waitUntil("the claim highlighted", () -> background(110).equals(Optional.of(BARELY_TRUE)));
		IPreferenceStore preferences = EditorsUI.getPreferenceStore();

		Ui.run(() -> PreferenceConverter.setValue(preferences, "attest.claim.barely-true.color", new RGB(10, 20, 30)));
		Ui.waitUntil("the claim in the new colour", () -> background(110).equals(Optional.of(new RGB(10, 20, 30))));
		assertEquals(Optional.of(new RGB(10, 20, 30)), background(339), "the other barely-true claim (339–396)");
		assertEquals(Optional.of(CUE), underline(82), "the cue as before");

		Ui.run(() -> preferences.setValue("attest.cue.textStyle", "BOX"));
		Ui.waitUntil("the cue boxed", () -> box(82).equals(Optional.of(CUE)));
		assertEquals(Optional.empty(), underline(82), "no longer underlined");

		Ui.run(() -> preferences.setValue("attest.claim.barely-true.highlight", false));
		Ui.waitUntil("the claim no longer highlighted", () -> background(110).isEmpty());
		assertEquals(Optional.of(new RGB(222, 240, 192)), background(860), "a mostly-true claim (854–905) as before");
	}

	private static ClaimMention claim(String text, int begin, int end, String credibility) {
		ClaimMention claim = place(AttestFactory.eINSTANCE.createClaimMention(), text, begin, end);
		claim.setCredibility(credibility);
		return claim;
	}

	private static <S extends Span> S place(S span, String text, int begin, int end) {
		SpanAnchors.place(span, text, begin, end);
		return span;
	}

	/** The text widget's style at the offset: an empty style where it has none. */
	private StyleRange style(int offset) {
		StyleRange range = editor.styledText().getStyleRangeAtOffset(offset);
		return range == null ? new StyleRange() : range;
	}

	private Optional<RGB> background(int offset) {
		return Ui.sync(() -> rgb(style(offset).background));
	}

	private Optional<RGB> underline(int offset) {
		return Ui.sync(() -> {
			StyleRange range = style(offset);
			return range.underline ? rgb(range.underlineColor) : Optional.empty();
		});
	}

	private Optional<RGB> box(int offset) {
		return Ui.sync(() -> {
			StyleRange range = style(offset);
			return range.borderStyle != SWT.NONE ? rgb(range.borderColor) : Optional.empty();
		});
	}

	private static Optional<RGB> rgb(Color color) {
		return Optional.ofNullable(color).map(Color::getRGB);
	}
}
