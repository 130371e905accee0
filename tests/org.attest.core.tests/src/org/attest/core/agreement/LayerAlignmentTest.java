package org.attest.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;

class LayerAlignmentTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;

	@Test
	void pairsPartlyOverlappingClaimsAndReportsTheRestAlone() {
		AnnotationLayer ann = layer("ann", claim(0, 10), claim(20, 30));
		AnnotationLayer bob = layer("bob", claim(2, 10), claim(25, 40), claim(50, 60));

		List<Cluster<ClaimMention>> clusters = LayerAlignment.of(List.of(ann, bob)).claims();

		assertEquals(3, clusters.size());
		assertPair(clusters.get(0), ann.getClaims().get(0), bob.getClaims().get(0));
		assertPair(clusters.get(1), ann.getClaims().get(1), bob.getClaims().get(1));
		assertEquals(List.of("bob"), List.copyOf(clusters.get(2).annotators()));
		assertSame(bob.getClaims().get(2), clusters.get(2).of("bob"));
		assertNull(clusters.get(2).of("ann"));
	}

	@Test
	void aSpanGoesWithTheCandidateItOverlapsMost() {
		// [0,10) shares 4 of 10 characters with [0,4) and 7 of 10 with [3,10)
		AnnotationLayer ann = layer("ann", claim(0, 10));
		AnnotationLayer bob = layer("bob", claim(0, 4), claim(3, 10));

		List<Cluster<ClaimMention>> clusters = LayerAlignment.of(List.of(ann, bob)).claims();

		assertEquals(2, clusters.size());
		assertSame(bob.getClaims().get(0), clusters.get(0).of("bob"));
		assertEquals(1, clusters.get(0).size());
		assertPair(clusters.get(1), ann.getClaims().get(0), bob.getClaims().get(1));
	}

	@Test
	void everyTwoSpansOfAClusterOverlap() {
		// ann–bob share 2 characters (Jaccard 0.1), bob–cay 5 (0.29), ann–cay none: ann stays alone
		AnnotationLayer ann = layer("ann", claim(0, 10));
		AnnotationLayer bob = layer("bob", claim(8, 20));
		AnnotationLayer cay = layer("cay", claim(15, 25));

		List<Cluster<ClaimMention>> clusters = LayerAlignment.of(List.of(ann, bob, cay)).claims();

		assertEquals(2, clusters.size());
		assertEquals(List.of("ann"), List.copyOf(clusters.get(0).annotators()));
		assertEquals(List.of("bob", "cay"), List.copyOf(clusters.get(1).annotators()));
	}

	@Test
	void oneAnnotatorsOverlappingSpansAreNeverTheSame() {
		AnnotationLayer ann = layer("ann", claim(0, 10), claim(5, 10));

		List<Cluster<ClaimMention>> clusters = LayerAlignment.of(List.of(ann)).claims();

		assertEquals(2, clusters.size());
	}

	@Test
	void threeAnnotatorsOnOneSpanMakeOneExactCluster() {
		AnnotationLayer ann = layer("ann", claim(4, 9));
		AnnotationLayer bob = layer("bob", claim(4, 9));
		AnnotationLayer cay = layer("cay", claim(4, 9));
		AnnotationLayer dan = layer("dan", claim(4, 8));

		List<Cluster<ClaimMention>> three = LayerAlignment.of(List.of(ann, bob, cay)).claims();
		List<Cluster<ClaimMention>> four = LayerAlignment.of(List.of(ann, bob, cay, dan)).claims();

		assertEquals(1, three.size());
		assertTrue(SpanAlignment.exact(three.get(0)));
		assertEquals(1, four.size());
		assertEquals(4, four.get(0).size());
		assertFalse(SpanAlignment.exact(four.get(0)));
	}

	@Test
	void attributionsAreTheSameThroughTheirClaimsAndTheirSource() {
		Source mayor = source("mayor");
		Source union = source("union");
		AnnotationLayer ann = layer("ann", claim(0, 10));
		attribute(ann, 0, mayor, "support");
		attribute(ann, 0, union, "deny");
		AnnotationLayer bob = layer("bob", claim(0, 9), claim(30, 40));
		attribute(bob, 0, mayor, "deny");
		attribute(bob, 1, union, "deny");

		List<Cluster<Attribution>> clusters = LayerAlignment.of(List.of(ann, bob)).attributions();

		assertEquals(3, clusters.size());
		assertPair(clusters.get(0), ann.getAttributions().get(0), bob.getAttributions().get(0));
		assertSame(ann.getAttributions().get(1), clusters.get(1).of("ann"));
		assertEquals(1, clusters.get(1).size());
		assertSame(bob.getAttributions().get(1), clusters.get(2).of("bob"));
		assertEquals(1, clusters.get(2).size());
	}

	@Test
	void jaccardIsSharedOverCoveredCharacters() {
		assertEquals(1.0, SpanAlignment.jaccard(claim(3, 8), claim(3, 8)));
		assertEquals(0.7, SpanAlignment.jaccard(claim(0, 10), claim(3, 10)), 1e-12);
		assertEquals(0.0, SpanAlignment.jaccard(claim(0, 5), claim(5, 10)));
		assertEquals(2, SpanAlignment.overlap(claim(0, 10), claim(8, 20)));
	}

	private static void assertPair(Cluster<?> cluster, Object ann, Object bob) {
		assertEquals(Map.of("ann", ann, "bob", bob), cluster.byAnnotator());
	}

	private static AnnotationLayer layer(String annotator, ClaimMention... claims) {
		AnnotationLayer layer = F.createAnnotationLayer();
		layer.setAnnotator(annotator);
		layer.getClaims().addAll(List.of(claims));
		return layer;
	}

	private static ClaimMention claim(int begin, int end) {
		ClaimMention claim = F.createClaimMention();
		claim.setBegin(begin);
		claim.setEnd(end);
		return claim;
	}

	private static Source source(String id) {
		Source source = F.createSource();
		source.setId(id);
		return source;
	}

	private static void attribute(AnnotationLayer layer, int claim, Source source, String stance) {
		Attribution attribution = F.createAttribution();
		attribution.setClaim(layer.getClaims().get(claim));
		attribution.setSource(source);
		attribution.setStance(stance);
		layer.getAttributions().add(attribution);
	}
}
