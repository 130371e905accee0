package org.attest.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.ClaimType;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.attest.model.Span;
import org.attest.ui.internal.AnnotationPerspective;
import org.attest.ui.internal.curation.CurationView;
import org.attest.ui.internal.editor.Annotators;
import org.attest.ui.tests.harness.AnnotationEditorTester;
import org.attest.ui.tests.harness.CurationViewTester;
import org.attest.ui.tests.harness.SampleCorpus;
import org.attest.ui.tests.harness.Ui;
import org.attest.ui.tests.harness.WorkbenchTester;
import org.attest.ui.tests.harness.Widgets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curating a gold layer in the Curation view, by keys and menus, on a copy of the sample corpus where two
 * annotators, ana and ben, disagree on "riverton-dam-delay" and the document has no gold layer yet. The
 * layers are written by {@link #twoAnnotatorsDisagree()}; the expected rows follow from them by hand.
 */
class CurationViewTest {

	private static final String DOCUMENT = "riverton-dam-delay";
	private static final String EIGHTY = "more than 80 percent complete";
	private static final String GIDEON = "Gideon Oyelaran";
	private static final String TOMASZ = "Tomasz Ferreira-Blunt";
	/** Text that neither annotator marked. */
	private static final String CHRISTMAS = "it would be done by Christmas";
	private static final String SIXTY_TWO = "about 62 percent of the planned concrete volume had been placed";
	private static final String COSTS = "cost estimates have risen by about 18 percent since construction began";
	private static final String AUTHORITY = "Upper Halvane Water Authority";

	private static final String CLAIM = "Claim";
	private static final String MENTION = "Source Mention";
	private static final String ATTRIBUTION = "Attribution";
	private static final String CONFLICT = "Conflict";
	private static final String AGREED = "Agreed";
	private static final String ACCEPTED = "Accepted";
	private static final String REJECTED = "Rejected";

	private static final String EIGHTY_ANA = "\u201C" + EIGHTY + "\u201D \u00B7 factual \u00B7 Barely true";
	private static final String EIGHTY_BEN = "\u201C" + EIGHTY + "\u201D \u00B7 factual \u00B7 False";
	private static final String AUTHORITY_SUPPORTS = AUTHORITY + " \u00B7 Support";
	private static final String GIDEON_MENTION = "\u201C" + GIDEON + "\u201D \u00B7 " + GIDEON;
	private static final String TOMASZ_MENTION = "\u201C" + TOMASZ + "\u201D \u00B7 " + TOMASZ;
	private static final String SIXTY_TWO_CLAIM = "\u201C" + SIXTY_TWO + "\u201D \u00B7 factual \u00B7 Mostly true";
	private static final String TOMASZ_SUPPORTS = TOMASZ + " \u00B7 Support \u00B7 \u201C" + TOMASZ + "\u201D";
	private static final String COSTS_CLAIM = "\u201C" + COSTS + "\u201D \u00B7 factual";

	/** The rows in text order, before anything is decided: Kind, ana, ben, Gold, Status. */
	private static final List<List<String>> UNDECIDED = List.of(
			List.of(CLAIM, EIGHTY_ANA, EIGHTY_BEN, "", CONFLICT),
			List.of(ATTRIBUTION, AUTHORITY_SUPPORTS, AUTHORITY_SUPPORTS, "", AGREED),
			List.of(MENTION, GIDEON_MENTION, "", "", CONFLICT),
			List.of(MENTION, TOMASZ_MENTION, TOMASZ_MENTION, "", AGREED),
			List.of(CLAIM, SIXTY_TWO_CLAIM, SIXTY_TWO_CLAIM, "", AGREED),
			List.of(ATTRIBUTION, TOMASZ_SUPPORTS, TOMASZ_SUPPORTS, "", AGREED),
			List.of(CLAIM, "", COSTS_CLAIM, "", CONFLICT));

	private final WorkbenchTester workbench = new WorkbenchTester();
	private SampleCorpus corpus;
	private AnnotationEditorTester editor;

	@BeforeEach
	void copyTheSamples(@TempDir Path folder) throws IOException, CoreException {
		workbench.awaitStartupCorpus();
		corpus = SampleCorpus.copyInto(folder.resolve("corpus"));
		twoAnnotatorsDisagree();
	}

	@AfterEach
	void closeTheCopy() throws CoreException {
		Widgets.dialogs().forEach(Widgets::close);
		if (editor != null) {
			editor.close();
		}
		corpus.close(workbench);
		Annotators.set("");
	}

	@Test
	void curatesTwoDisagreeingLayersIntoGoldByKeysAndMenus() throws IOException {
		Annotators.set(CorpusStore.GOLD);
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		CurationViewTester curation = CurationViewTester.show(workbench);

		assertEquals(List.of(CurationViewTester.KIND, "ana", "ben", CurationViewTester.GOLD, CurationViewTester.STATUS),
				curation.table().headers());
		curation.awaitRows(UNDECIDED);
		assertEquals("Conflicts: 3   Agreed, not in gold: 4   Decided: 0 of 7", curation.summary());

		curation.select(0);
		Ui.waitUntil("the claim selected in the editor", () -> selected(366, 395));

		// Varga's attribution waits: the claim it is about is still a conflict
		curation.acceptAllAgreed();
		curation.awaitRows(List.of(
				List.of(CLAIM, EIGHTY_ANA, EIGHTY_BEN, "", CONFLICT),
				List.of(ATTRIBUTION, AUTHORITY_SUPPORTS, AUTHORITY_SUPPORTS, "", AGREED),
				List.of(MENTION, GIDEON_MENTION, "", "", CONFLICT),
				List.of(MENTION, TOMASZ_MENTION, TOMASZ_MENTION, TOMASZ_MENTION, ACCEPTED),
				List.of(CLAIM, SIXTY_TWO_CLAIM, SIXTY_TWO_CLAIM, SIXTY_TWO_CLAIM, ACCEPTED),
				List.of(ATTRIBUTION, TOMASZ_SUPPORTS, TOMASZ_SUPPORTS, TOMASZ_SUPPORTS, ACCEPTED),
				List.of(CLAIM, "", COSTS_CLAIM, "", CONFLICT)));
		assertTrue(editor.isDirty(), "curating changes the editor's model");

		curation.conflictsOnly(true);
		curation.awaitRows(List.of(UNDECIDED.get(0), UNDECIDED.get(2), UNDECIDED.get(6)));
		curation.select(curation.rowWith(EIGHTY_BEN));
		curation.press("1"); // ana's
		// the decided row leaves; the next conflict takes its place, in the editor too
		curation.awaitRows(List.of(UNDECIDED.get(2), UNDECIDED.get(6)));
		assertEquals(0, curation.selectedRow());
		Ui.waitUntil("Gideon's mention selected in the editor", () -> selected(586, 601));

		assertEquals(List.of("Accept ana's", "Accept ben's", "Accept All Agreed\u2026", "Reject"),
				curation.contextMenu().labels());
		curation.contextMenu().select("Accept ana's");
		curation.awaitRows(List.of(UNDECIDED.get(6)));
		curation.press("R");
		curation.awaitRows(List.of());
		assertEquals("Conflicts: 0   Agreed, not in gold: 1   Decided: 6 of 7", curation.summary());

		curation.press("M1+Z");
		curation.awaitRows(List.of(UNDECIDED.get(6)));
		workbench.menuBar().select("Edit", "Redo");
		curation.awaitRows(List.of());

		curation.conflictsOnly(false);
		curation.acceptAllAgreed();
		curation.awaitRows(List.of(
				List.of(CLAIM, EIGHTY_ANA, EIGHTY_BEN, EIGHTY_ANA, ACCEPTED),
				List.of(ATTRIBUTION, AUTHORITY_SUPPORTS, AUTHORITY_SUPPORTS, AUTHORITY_SUPPORTS, ACCEPTED),
				List.of(MENTION, GIDEON_MENTION, "", GIDEON_MENTION, ACCEPTED),
				List.of(MENTION, TOMASZ_MENTION, TOMASZ_MENTION, TOMASZ_MENTION, ACCEPTED),
				List.of(CLAIM, SIXTY_TWO_CLAIM, SIXTY_TWO_CLAIM, SIXTY_TWO_CLAIM, ACCEPTED),
				List.of(ATTRIBUTION, TOMASZ_SUPPORTS, TOMASZ_SUPPORTS, TOMASZ_SUPPORTS, ACCEPTED),
				List.of(CLAIM, "", COSTS_CLAIM, "", REJECTED)));

		curation.press("M1+S");
		Ui.waitUntil("the editor saved", () -> !editor.isDirty());

		AnnotationLayer gold = CorpusStore.open(corpus.folder()).layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		assertEquals(List.of("claim 1645-1708 " + SIXTY_TWO + " factual mostly-true",
				"claim 366-395 " + EIGHTY + " factual barely-true"), sorted(gold.getClaims().stream().map(claim -> "claim "
						+ offsets(claim) + " " + claim.getQuote() + " " + claim.getClaimType() + " " + claim.getCredibility())));
		assertEquals(List.of("mention 1436-1457 tomasz-ferreira-blunt", "mention 586-601 gideon-oyelaran"),
				sorted(gold.getSourceMentions().stream().map(mention -> "mention " + offsets(mention) + " "
						+ mention.getSource().getId())));
		assertEquals(List.of(), gold.getCues());
		assertEquals(List.of("attribution 1645-1708 tomasz-ferreira-blunt support mention 1436-1457",
				"attribution 366-395 upper-halvane-water-authority support mention -"),
				sorted(gold.getAttributions().stream().map(attribution -> "attribution " + offsets(attribution.getClaim())
						+ " " + attribution.getSource().getId() + " " + attribution.getStance() + " mention "
						+ (attribution.getMention() == null ? "-" : offsets(attribution.getMention())))));
		for (Attribution attribution : gold.getAttributions()) {
			assertSame(gold, attribution.getClaim().eContainer(), "gold's attributions are about gold's claims");
		}
		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EAnnotation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" source="urn:attest:curation:rejections">
				  <details key="ben claim 2443-2513 factual -" value="%s"/>
				</ecore:EAnnotation>
				""".formatted(COSTS), Files.readString(corpus.folder().resolve("layers/gold/" + DOCUMENT + ".rejections"),
				StandardCharsets.UTF_8));
	}

	@Test
	void anAnnotatorsEditorWritesNoGoldLayerUntilSomethingIsAccepted() throws IOException {
		Annotators.set("ana");
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		CurationViewTester curation = CurationViewTester.show(workbench);
		curation.awaitRows(UNDECIDED);
		Path goldLayer = corpus.folder().resolve("layers/gold/" + DOCUMENT + ".attest");

		curation.select(curation.rowWith(COSTS_CLAIM));
		curation.press("1"); // ana has nothing there
		assertFalse(editor.isDirty());
		curation.press("2");
		Ui.waitUntil("ben's claim accepted", () -> curation.rows().get(6).equals(
				List.of(CLAIM, "", COSTS_CLAIM, COSTS_CLAIM, ACCEPTED)));
		assertFalse(Files.exists(goldLayer), "not before saving");

		editor.save();

		AnnotationLayer gold = CorpusStore.open(corpus.folder()).layer(DOCUMENT, CorpusStore.GOLD).orElseThrow();
		assertEquals(List.of(COSTS), gold.getClaims().stream().map(ClaimMention::getQuote).toList());
		assertEquals(0, CorpusStore.open(corpus.folder()).layer(DOCUMENT, "ana").orElseThrow().getClaims().stream()
				.filter(claim -> claim.getQuote().equals(COSTS)).count(), "ana's layer is hers");
	}

	@Test
	void anAcceptanceUndoneLeavesNoGoldLayerForTheNextSaveToWrite() throws IOException {
		Annotators.set("ana");
		editor = AnnotationEditorTester.open(corpus.document(DOCUMENT));
		CurationViewTester curation = CurationViewTester.show(workbench);
		curation.awaitRows(UNDECIDED);
		curation.select(curation.rowWith(COSTS_CLAIM));
		curation.press("2");
		Ui.waitUntil("ben's claim accepted", () -> editor.isDirty());
		curation.press("M1+Z");
		Ui.waitUntil("the acceptance undone", () -> !editor.isDirty());

		editor.selectText(CHRISTMAS);
		editor.press("M3+C");
		Ui.waitUntil("ana's claim", () -> editor.isDirty());
		editor.save();

		assertFalse(Files.exists(corpus.folder().resolve("layers/gold/" + DOCUMENT + ".attest")),
				"gold holds nothing: no file");
		assertEquals(1, CorpusStore.open(corpus.folder()).layer(DOCUMENT, "ana").orElseThrow().getClaims().stream()
				.filter(claim -> claim.getQuote().equals(CHRISTMAS)).count(), "ana's claim saved");
	}

	@Test
	void theAnnotationPerspectiveOffersTheViewWhichNeedsAnAnnotationEditor() {
		workbench.openPerspective(AnnotationPerspective.ID);
		assertTrue(workbench.hasView(CurationView.ID), "the Annotation perspective lacks the Curation view");

		CurationViewTester curation = CurationViewTester.show(workbench);
		workbench.openEditor(corpus.project().getFile("corpus.attest"), "org.eclipse.ui.DefaultTextEditor");

		Ui.waitUntil("the message instead of the items", () -> curation.message().isPresent());
		assertEquals("Open a document in the Annotation Editor to curate its gold layer from its annotators' layers.",
				curation.message().get());
	}

	/**
	 * Replaces the document's layers in the copy with ana's and ben's: they disagree on the credibility of
	 * "more than 80 percent complete", only ana marked Gideon Oyelaran, only ben the cost claim; they agree on
	 * the rest, including the authority's support of the 80 percent claim and Ferreira-Blunt's of his count.
	 */
	private void twoAnnotatorsDisagree() throws IOException {
		Files.delete(corpus.folder().resolve("layers/gold/" + DOCUMENT + ".attest"));
		Files.delete(corpus.folder().resolve("layers/ana/" + DOCUMENT + ".attest"));
		CorpusStore store = CorpusStore.open(corpus.folder());
		String text = store.document(DOCUMENT).getText();
		Source authority = source(store, "upper-halvane-water-authority");
		Source gideon = source(store, "gideon-oyelaran");
		Source tomasz = source(store, "tomasz-ferreira-blunt");
		for (String annotator : List.of("ana", "ben")) {
			AnnotationLayer layer = store.layerFor(DOCUMENT, annotator);
			ClaimMention eighty = claim(layer, text, EIGHTY, annotator.equals("ana") ? "barely-true" : "false");
			attribute(layer, eighty, authority, null);
			if (annotator.equals("ana")) {
				mention(layer, text, GIDEON, gideon);
			}
			SourceMention tomaszMention = mention(layer, text, TOMASZ, tomasz);
			attribute(layer, claim(layer, text, SIXTY_TWO, "mostly-true"), tomasz, tomaszMention);
			if (annotator.equals("ben")) {
				claim(layer, text, COSTS, null);
			}
		}
		store.save();
	}

	private static ClaimMention claim(AnnotationLayer layer, String text, String quote, String credibility) {
		ClaimMention claim = place(AttestFactory.eINSTANCE.createClaimMention(), text, quote);
		claim.setClaimType(ClaimType.FACTUAL);
		claim.setCheckworthy(true);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
		return claim;
	}

	private static SourceMention mention(AnnotationLayer layer, String text, String quote, Source source) {
		SourceMention mention = place(AttestFactory.eINSTANCE.createSourceMention(), text, quote);
		mention.setSource(source);
		layer.getSourceMentions().add(mention);
		return mention;
	}

	private static void attribute(AnnotationLayer layer, ClaimMention claim, Source source, SourceMention mention) {
		Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setMention(mention);
		attribution.setStance("support");
		layer.getAttributions().add(attribution);
	}

	private static <S extends Span> S place(S span, String text, String quote) {
		int begin = text.indexOf(quote);
		if (begin < 0 || text.indexOf(quote, begin + 1) >= 0) {
			throw new AssertionError("not once in the text: " + quote);
		}
		SpanAnchors.place(span, text, begin, begin + quote.length());
		return span;
	}

	private static Source source(CorpusStore store, String id) {
		return store.corpus().getSources().stream().filter(source -> id.equals(source.getId())).findFirst().orElseThrow();
	}

	private boolean selected(int begin, int end) {
		ITextSelection selection = editor.selection();
		return selection.getOffset() == begin && selection.getLength() == end - begin;
	}

	private static String offsets(Span span) {
		return span.getBegin() + "-" + span.getEnd();
	}

	private static List<String> sorted(Stream<String> lines) {
		return lines.sorted().toList();
	}
}
