package org.attest.model.edit.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attest.model.AnnotationLayer;
import org.attest.model.Annotator;
import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Corpus;
import org.attest.model.Cue;
import org.attest.model.Document;
import org.attest.model.Label;
import org.attest.model.LabelSet;
import org.attest.model.LayerStatus;
import org.attest.model.Source;
import org.attest.model.SourceKind;
import org.attest.model.SourceMention;
import org.attest.model.edit.provider.AttestItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The texts the readable item providers give, exactly as an annotator sees them in a tree. */
class AttestEditAdapterFactoryTest {

	private static final AttestFactory MODEL = AttestFactory.eINSTANCE;

	private final AttestEditAdapterFactory factory = new AttestEditAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void claimShowsItsQuote() {
		assertEquals("\u201Cthe dam will be finished by spring\u201D", text(claim("the dam will be finished by spring", 12, 46)));
	}

	@Test
	void claimQuoteHasItsWhitespaceCollapsed() {
		assertEquals("\u201Cthe dam will be finished\u201D", text(claim("  the dam\n\twill   be\u00A0finished \n", 0, 30)));
	}

	@Test
	void claimQuoteOfSixtyCharactersIsWhole() {
		assertEquals("\u201CThe harbour authority expects the dam to be finished by late\u201D",
				text(claim("The harbour authority expects the dam to be finished by late", 0, 60)));
	}

	@Test
	void longerClaimQuoteIsCutToSixtyCharactersWithTheEllipsis() {
		assertEquals("\u201CThe harbour authority expects the dam to be finished by lat\u2026\u201D",
				text(claim("The harbour authority expects the dam to be finished by late spring next year", 0, 77)));
	}

	@Test
	void cutQuoteDropsTheSpaceBeforeTheEllipsis() {
		assertEquals("\u201CCouncillor Varga said the new breakwater would protect the\u2026\u201D",
				text(claim("Councillor Varga said the new breakwater would protect the old town from winter storms", 0, 86)));
	}

	@Test
	void cutQuoteKeepsAnEmojiWhole() {
		String flag = "\uD83C\uDDE9\uD83C\uDDEA"; // one character to the reader, two code points, four chars
		assertEquals("\u201C" + "x".repeat(58) + flag + "\u2026\u201D", text(claim("x".repeat(58) + flag + " flags", 0, 68)));
	}

	@Test
	void claimWithoutQuoteShowsItsOffsets() {
		assertEquals("Claim [12\u201340]", text(claim("", 12, 40)));
		assertEquals("Claim [12\u201340]", text(claim(null, 12, 40)));
		assertEquals("Claim [12\u201340]", text(claim(" \n ", 12, 40)));
	}

	@Test
	void claimOffsetsAreNotGroupedIntoThousands() {
		assertEquals("Claim [12345\u201312400]", text(claim(null, 12345, 12400)));
	}

	@Test
	void claimCredibilityFollowsInBrackets() {
		ClaimMention claim = claim("the dam will be finished by spring", 12, 46);
		claim.setCredibility("mostly-true");
		assertEquals("\u201Cthe dam will be finished by spring\u201D [mostly-true]", text(claim));

		ClaimMention unquoted = claim(null, 3, 9);
		unquoted.setCredibility("false");
		assertEquals("Claim [3\u20139] [false]", text(unquoted));
	}

	@Test
	void sourceMentionShowsItsQuoteOrOffsets() {
		SourceMention mention = MODEL.createSourceMention();
		mention.setQuote("the\nmayor");
		assertEquals("\u201Cthe mayor\u201D", text(mention));
		mention.setQuote(null);
		mention.setBegin(3);
		mention.setEnd(8);
		assertEquals("Source mention [3\u20138]", text(mention));
	}

	@Test
	void cueShowsItsQuoteOrOffsets() {
		Cue cue = MODEL.createCue();
		cue.setQuote("according to");
		assertEquals("\u201Caccording to\u201D", text(cue));
		cue.setQuote("");
		cue.setBegin(50);
		cue.setEnd(62);
		assertEquals("Cue [50\u201362]", text(cue));
	}

	@Test
	void sourceShowsNameAndKind() {
		assertEquals("Ilse Varga (person)", text(source("src-1", "Ilse Varga", SourceKind.PERSON)));
		assertEquals("Port Authority of Kessel (government)", text(source("src-2", "Port Authority of Kessel", SourceKind.GOVERNMENT)));
	}

	@Test
	void unnamedSourceShowsItsIdOrType() {
		assertEquals("src-3 (media)", text(source("src-3", " ", SourceKind.MEDIA)));
		assertEquals("Source (anonymous)", text(source(null, null, SourceKind.ANONYMOUS)));
	}

	@Test
	void attributionShowsSourceClaimAndStance() {
		Attribution attribution = attribution(source("src-1", "Ilse Varga", SourceKind.PERSON),
				claim("the dam will be finished by spring", 12, 46), "support");
		assertEquals("Ilse Varga \u2192 \u201Cthe dam will be finished by spring\u201D (support)", text(attribution));
	}

	@Test
	void attributionShortensTheClaimAndLeavesOutTheCredibility() {
		ClaimMention claim = claim("The harbour authority expects the dam to be finished by late spring next year", 0, 77);
		claim.setCredibility("half-true");
		assertEquals("Ilse Varga \u2192 \u201CThe harbour authority expects the dam to be finished by lat\u2026\u201D (deny)",
				text(attribution(source("src-1", "Ilse Varga", SourceKind.PERSON), claim, "deny")));
	}

	@Test
	void attributionWithoutStanceLeavesItOut() {
		assertEquals("Ilse Varga \u2192 Claim [5\u201311]", text(attribution(source("src-1", "Ilse Varga", SourceKind.PERSON), claim(null, 5, 11), null)));
	}

	@Test
	void attributionShowsNoneForAMissingSourceOrClaim() {
		assertEquals("(none) \u2192 (none) (query)", text(attribution(null, null, "query")));
		assertEquals("src-9 \u2192 (none)", text(attribution(source("src-9", null, SourceKind.OTHER), null, null)));
	}

	@Test
	void attributionLabelIsRefreshedWhenItsSourceOrClaimChanges() {
		Attribution attribution = attribution(source("src-1", "Ilse Varga", SourceKind.PERSON), claim("q", 0, 1), "support");
		List<Notification> notifications = new ArrayList<>();
		factory.addListener(notifications::add);
		text(attribution);

		attribution.setSource(source("src-2", "Tom Hale", SourceKind.PERSON));
		attribution.setClaim(claim("r", 2, 3));

		assertEquals(2, notifications.size());
		assertTrue(notifications.stream().allMatch(n -> ((IViewerNotification) n).isLabelUpdate()));
		assertEquals("Tom Hale \u2192 \u201Cr\u201D (support)", text(attribution));
	}

	@Test
	void documentShowsItsTitleOrId() {
		Document document = MODEL.createDocument();
		document.setId("doc-007");
		document.setTitle("Harbour dam\n delayed again");
		assertEquals("Harbour dam delayed again", text(document));
		document.setTitle(null);
		assertEquals("doc-007", text(document));
		document.setId(null);
		assertEquals("Document", text(document));
	}

	@Test
	void layerShowsAnnotatorDocumentAndStatus() {
		Document document = MODEL.createDocument();
		document.setId("doc-007");
		document.setTitle("Harbour dam delayed again");
		assertEquals("ana: doc-007 (in-progress)", text(layer("ana", document, LayerStatus.IN_PROGRESS)));
	}

	@Test
	void layerNamesAnUnloadedDocumentByItsProxyWithoutResolvingIt() {
		Document proxy = MODEL.createDocument();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("documents/doc-012.attest#doc-012"));
		AnnotationLayer layer = layer("gold", proxy, LayerStatus.DONE);

		assertEquals("gold: doc-012 (done)", text(layer));
		assertTrue(((EObject) layer.eGet(AttestPackage.Literals.ANNOTATION_LAYER__DOCUMENT, false)).eIsProxy());
	}

	@Test
	void layerShowsNoneForAMissingAnnotatorOrDocument() {
		assertEquals("(none): (none) (todo)", text(layer(null, null, LayerStatus.TODO)));
	}

	@Test
	void layerLabelIsRefreshedWhenItsDocumentChanges() {
		AnnotationLayer layer = layer("ana", null, LayerStatus.TODO);
		List<Notification> notifications = new ArrayList<>();
		factory.addListener(notifications::add);
		text(layer);

		Document document = MODEL.createDocument();
		document.setId("doc-003");
		layer.setDocument(document);

		assertEquals(1, notifications.size());
		assertTrue(((IViewerNotification) notifications.get(0)).isLabelUpdate());
		assertEquals("ana: doc-003 (todo)", text(layer));
	}

	@Test
	void labelAndLabelSetShowTheirNameOrId() {
		Label label = MODEL.createLabel();
		label.setId("mostly-true");
		label.setName("Mostly true");
		assertEquals("Mostly true", text(label));
		label.setName(null);
		assertEquals("mostly-true", text(label));

		LabelSet set = MODEL.createLabelSet();
		set.setId("credibility");
		set.setName("Credibility");
		assertEquals("Credibility", text(set));
		set.setName("");
		assertEquals("credibility", text(set));
	}

	@Test
	void annotatorAndCorpusShowTheirNameOrType() {
		Annotator annotator = MODEL.createAnnotator();
		annotator.setName("ana");
		assertEquals("ana", text(annotator));
		assertEquals("Annotator", text(MODEL.createAnnotator()));

		Corpus corpus = MODEL.createCorpus();
		corpus.setName("Harbour towns 2026");
		assertEquals("Harbour towns 2026", text(corpus));
		assertEquals("Corpus", text(MODEL.createCorpus()));
	}

	@Test
	void iconsAreTheGeneratedOnes() {
		AttestItemProviderAdapterFactory generated = new AttestItemProviderAdapterFactory();
		try {
			for (EObject object : List.of(claim("q", 0, 1), MODEL.createSource(), MODEL.createAttribution(), MODEL.createAnnotationLayer())) {
				Object expected = ((IItemLabelProvider) generated.adapt(object, IItemLabelProvider.class)).getImage(object);
				// URLs compared as text: URL.equals may resolve host names
				assertEquals(expected.toString(), labels(object).getImage(object).toString(), object.eClass().getName());
			}
		} finally {
			generated.dispose();
		}
	}

	private String text(EObject object) {
		return labels(object).getText(object);
	}

	private IItemLabelProvider labels(EObject object) {
		return (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
	}

	private static ClaimMention claim(String quote, int begin, int end) {
		ClaimMention claim = MODEL.createClaimMention();
		claim.setQuote(quote);
		claim.setBegin(begin);
		claim.setEnd(end);
		return claim;
	}

	private static Source source(String id, String name, SourceKind kind) {
		Source source = MODEL.createSource();
		source.setId(id);
		source.setName(name);
		source.setKind(kind);
		return source;
	}

	private static Attribution attribution(Source source, ClaimMention claim, String stance) {
		Attribution attribution = MODEL.createAttribution();
		attribution.setSource(source);
		attribution.setClaim(claim);
		attribution.setStance(stance);
		return attribution;
	}

	private static AnnotationLayer layer(String annotator, Document document, LayerStatus status) {
		AnnotationLayer layer = MODEL.createAnnotationLayer();
		layer.setAnnotator(annotator);
		layer.setDocument(document);
		layer.setStatus(status);
		return layer;
	}
}
