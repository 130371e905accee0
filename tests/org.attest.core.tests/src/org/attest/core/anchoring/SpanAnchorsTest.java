package org.attest.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.ClaimMention;
import org.attest.model.Cue;
import org.attest.model.SourceMention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-anchoring the spans of a model layer when its document's text changes. */
class SpanAnchorsTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String TEXT = "Mayor Ilse Varga said the dam will be finished by spring. Engineers doubt it.";

	private AnnotationLayer layer;
	private ClaimMention claim;
	private SourceMention mention;
	private Cue cue;

	@BeforeEach
	void annotate() {
		layer = F.createAnnotationLayer();
		claim = F.createClaimMention();
		claim.setId("claim");
		SpanAnchors.place(claim, TEXT, 26, 56); // "dam will be finished by spring"
		mention = F.createSourceMention();
		mention.setId("mention");
		SpanAnchors.place(mention, TEXT, 6, 16); // "Ilse Varga"
		cue = F.createCue();
		cue.setId("cue");
		SpanAnchors.place(cue, TEXT, 17, 21); // "said"
		layer.getClaims().add(claim);
		layer.getSourceMentions().add(mention);
		layer.getCues().add(cue);
	}

	@Test
	void placingCapturesQuoteAndContext() {
		assertEquals("dam will be finished by spring", claim.getQuote());
		assertEquals("Mayor Ilse Varga said the ", claim.getPrefix());
		assertEquals(". Engineers doubt it.", claim.getSuffix());
	}

	@Test
	void unchangedTextKeepsEverySpan() {
		ReanchorReport report = SpanAnchors.reanchor(layer, TEXT);

		assertEquals(3, report.count(ReanchorStatus.KEPT));
		assertEquals(26, claim.getBegin());
	}

	@Test
	void anInsertionBeforeMovesTheSpansByItsLength() {
		String edited = "UPDATED: " + TEXT;

		ReanchorReport report = SpanAnchors.reanchor(layer, edited);

		assertEquals(3, report.count(ReanchorStatus.MOVED));
		assertEquals(35, claim.getBegin());
		assertEquals(65, claim.getEnd());
		assertEquals(15, mention.getBegin());
		assertEquals("dam will be finished by spring", edited.substring(claim.getBegin(), claim.getEnd()));
		assertEquals("ATED: Mayor Ilse Varga said the ", claim.getPrefix(), "the context is the 32 characters before");
	}

	@Test
	void anEditInsideTheClaimMovesItFuzzilyToTheNewWording() {
		String edited = TEXT.replace("by spring", "by summer");

		ReanchorReport report = SpanAnchors.reanchor(layer, edited);

		ReanchorResult result = report.entries().stream().filter(e -> e.spanId().equals("claim")).findFirst().orElseThrow().result();
		assertEquals(ReanchorStatus.MOVED, result.status());
		assertTrue(result.fuzzy());
		assertEquals("dam will be finished by summer", claim.getQuote());
		assertEquals("dam will be finished by summer", edited.substring(claim.getBegin(), claim.getEnd()));
		assertEquals(2, report.count(ReanchorStatus.KEPT));
	}

	@Test
	void aDeletedSpanIsOrphanedReportedAndKept() {
		String edited = "Mayor Ilse Varga said so. Engineers doubt it.";

		ReanchorReport report = SpanAnchors.reanchor(layer, edited);

		assertEquals(1, report.count(ReanchorStatus.ORPHANED));
		assertEquals("claim", report.entries(ReanchorStatus.ORPHANED).get(0).spanId());
		assertTrue(layer.getClaims().contains(claim), "an orphaned claim must not be dropped");
		assertEquals(26, claim.getBegin(), "an orphaned claim keeps its old offsets");
		assertEquals("dam will be finished by spring", claim.getQuote());
		assertEquals("2 kept, 0 moved (0 fuzzy), 1 orphaned", report.summary());
	}
}
