package org.attest.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attest.core.agreement.AgreementReport.ConfusionCell;
import org.attest.core.agreement.AgreementReport.LabelFigures;
import org.attest.core.agreement.AgreementReport.OverallFigures;
import org.attest.core.agreement.AgreementReport.PairFigures;
import org.attest.core.agreement.AgreementReport.SpanFigures;
import org.attest.core.agreement.AgreementReport.UnmatchedItem;
import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.SourceMention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement over a small corpus written for the purpose, every expected figure worked out by hand (the
 * arithmetic is in the comments):
 *
 * <pre>
 * d1, ann and bob          claims [0,10) true · [20,30) false · [40,50) unverifiable   (ann)
 *                          claims [0,10) true · [22,30) half-true                      (bob)
 *                          mentions [60,65) s1                                         (ann)
 *                          mentions [60,65) s1 · [70,75) s2                            (bob)
 *                          ann: [0,10) s1 support · [20,30) s2 deny · [40,50) s1 comment
 *                          bob: [0,10) s1 support · [22,30) s2 support · [0,10) s2 query
 * d2, ann, bob and cay     claims [0,20) mostly-true · [30,40) false                   (ann)
 *                          claims [0,20) mostly-true                                   (bob)
 *                          claims [5,20) barely-true · [30,40) false                   (cay)
 *                          ann: [0,20) s1 support · [30,40) s2 deny
 *                          bob: [0,20) s1 deny
 *                          cay: [5,20) s1 support · [30,40) s2 deny
 * d3, ann only
 * </pre>
 */
class AgreementOperationTest {

	private static final AttestFactory F = AttestFactory.eINSTANCE;
	private static final String TEXT = "0123456789".repeat(10);

	@TempDir
	Path folder;
	private CorpusStore store;
	private Source s1;
	private Source s2;

	@BeforeEach
	void writeTheCorpus() throws IOException {
		store = CorpusStore.create(folder, "Agreement", DefaultLabelSchema.create());
		s1 = source("s1");
		s2 = source("s2");
		document("d1");
		document("d2");
		document("d3");

		AnnotationLayer ann = store.layerFor("d1", "ann");
		ClaimMention a0 = claim(ann, 0, 10, "true");
		ClaimMention a1 = claim(ann, 20, 30, "false");
		ClaimMention a2 = claim(ann, 40, 50, "unverifiable");
		mention(ann, 60, 65, s1);
		attribute(ann, a0, s1, "support");
		attribute(ann, a1, s2, "deny");
		attribute(ann, a2, s1, "comment");
		AnnotationLayer bob = store.layerFor("d1", "bob");
		ClaimMention b0 = claim(bob, 0, 10, "true");
		ClaimMention b1 = claim(bob, 22, 30, "half-true");
		mention(bob, 60, 65, s1);
		mention(bob, 70, 75, s2);
		attribute(bob, b0, s1, "support");
		attribute(bob, b1, s2, "support");
		attribute(bob, b0, s2, "query");

		ann = store.layerFor("d2", "ann");
		attribute(ann, claim(ann, 0, 20, "mostly-true"), s1, "support");
		attribute(ann, claim(ann, 30, 40, "false"), s2, "deny");
		bob = store.layerFor("d2", "bob");
		attribute(bob, claim(bob, 0, 20, "mostly-true"), s1, "deny");
		AnnotationLayer cay = store.layerFor("d2", "cay");
		attribute(cay, claim(cay, 5, 20, "barely-true"), s1, "support");
		attribute(cay, claim(cay, 30, 40, "false"), s2, "deny");

		ann = store.layerFor("d3", "ann");
		claim(ann, 0, 10, "true");
		store.save();
	}

	private AgreementReport measure(AgreementOptions options) throws IOException {
		return new AgreementOperation(CorpusStore.open(folder), options).execute(new NullProgressMonitor());
	}

	@Test
	void everyPairOverTheCorpus() throws IOException {
		AgreementReport report = measure(AgreementOptions.all());

		assertEquals(List.of("ann", "bob", "cay"), report.annotators());
		assertEquals(3, report.documents());
		assertEquals(2, report.documentsCompared());
		List<PairFigures> pairs = report.corpus().pairs();
		assertEquals(List.of("ann+bob", "ann+cay", "bob+cay"), pairs.stream().map(p -> p.first() + "+" + p.second()).toList());

		PairFigures annBob = pairs.get(0);
		assertEquals(2, annBob.documents());
		// claims: d1 5 spans, 2 overlapping pairs, 1 exact; d2 3 spans, 1 pair, exact → F1 2·3/8, 2·2/8
		assertSpans(8, 2, 3, 0.5, 0.75, annBob.claims());
		// mentions: d1 only, 3 spans, [60,65) the same for both
		assertSpans(3, 1, 1, 2 / 3.0, 2 / 3.0, annBob.sourceMentions());
		// stances of attributions both made: support/support, deny/support (d1), support/deny (d2):
		// p_o = 1/3, p_e = (2/3)² + (1/3)² = 5/9, κ = (1/3 − 5/9) / (4/9) = −0.5
		assertLabels(LabelFigures.COHENS_KAPPA, -0.5, 1 / 3.0, 3, annBob.stance());
		// credibility units {true,true} {false,half-true} {mostly,mostly}: n = 6, D_o·(n−1)/D_e = 10/198
		assertLabels(LabelFigures.ALPHA_ORDINAL, 1 - 10 / 198.0, 4 / 6.0, 6, annBob.credibility());

		PairFigures annCay = pairs.get(1);
		assertEquals(1, annCay.documents());
		// [0,20)–[5,20) overlap, [30,40) exact: 4 spans, 2 matches, 1 exact
		assertSpans(4, 1, 2, 0.5, 1.0, annCay.claims());
		assertSpans(0, 0, 0, null, null, annCay.sourceMentions());
		// support/support, deny/deny
		assertLabels(LabelFigures.COHENS_KAPPA, 1.0, 1.0, 2, annCay.stance());
		// {mostly,barely} {false,false}: 1 − 3·2/36
		assertLabels(LabelFigures.ALPHA_ORDINAL, 1 - 1 / 6.0, 0.5, 4, annCay.credibility());

		PairFigures bobCay = pairs.get(2);
		assertSpans(3, 0, 1, 0.0, 2 / 3.0, bobCay.claims());
		// deny/support alone: p_o = 0, p_e = 0
		assertLabels(LabelFigures.COHENS_KAPPA, 0.0, 0.0, 1, bobCay.stance());
		assertLabels(LabelFigures.ALPHA_ORDINAL, 0.0, 0.0, 2, bobCay.credibility());
	}

	@Test
	void allAnnotatorsTogether() throws IOException {
		OverallFigures overall = measure(AgreementOptions.all()).corpus().overall();

		assertEquals(List.of("ann", "bob", "cay"), overall.annotators());
		assertEquals(2, overall.documents());
		// every pair's counts added: 8 + 4 + 3 spans, 3 + 2 + 1 matches, 2 + 1 + 0 exact
		assertSpans(15, 3, 6, 0.4, 0.8, overall.claims());
		assertSpans(3, 1, 1, 2 / 3.0, 2 / 3.0, overall.sourceMentions());
		// attribution clusters {s,s} {d,s} (d1), {s,d,s} {d,d} (d2): o_ss 3, o_sd 2, o_ds 2, o_dd 2, n = 9,
		// α = 1 − 8·4 / (2·5·4) = 0.2; observed (3 + 2) / 9
		assertLabels(LabelFigures.ALPHA_NOMINAL, 0.2, 5 / 9.0, 9, overall.stance());
		// claim clusters {true,true} {false,half} (d1), {mostly,mostly,barely} {false,false} (d2); [40,50)
		// unverifiable is alone and off the scale: n = 9, α = 1 − 8·30.5 / 1026
		assertLabels(LabelFigures.ALPHA_ORDINAL, 1 - 244 / 1026.0, 5 / 9.0, 9, overall.credibility());
	}

	@Test
	void perDocumentFigures() throws IOException {
		AgreementReport report = measure(AgreementOptions.all());

		assertEquals(List.of("d1", "d2"), report.perDocument().stream().map(d -> d.document()).toList());
		var d1 = report.perDocument().get(0);
		assertEquals(List.of("ann", "bob"), d1.annotators());
		assertEquals(1, d1.figures().pairs().size());
		assertSpans(5, 1, 2, 0.4, 0.8, d1.figures().pairs().get(0).claims());
		// {s,s} {d,s}: o_ss 2, o_sd 1, o_ds 1, n = 4, α = 1 − 3·2 / (2·3·1) = 0
		assertLabels(LabelFigures.ALPHA_NOMINAL, 0.0, 0.5, 4, d1.figures().overall().stance());
		var d2 = report.perDocument().get(1);
		assertEquals(List.of("ann", "bob", "cay"), d2.annotators());
		assertEquals(3, d2.figures().pairs().size());
	}

	@Test
	void itemsNobodyElseHasAreListed() throws IOException {
		List<UnmatchedItem> unmatched = measure(AgreementOptions.all()).unmatched();

		assertEquals(List.of(new UnmatchedItem("d1", "ann", UnmatchedItem.CLAIM, 40, 50, "0123456789", null),
				new UnmatchedItem("d1", "bob", UnmatchedItem.SOURCE_MENTION, 70, 75, "01234", "s2"),
				// bob's second attribution of [0,10), then ann's of [40,50): in claim order
				new UnmatchedItem("d1", "bob", UnmatchedItem.ATTRIBUTION, 0, 10, "0123456789", "s2"),
				new UnmatchedItem("d1", "ann", UnmatchedItem.ATTRIBUTION, 40, 50, "0123456789", "s1")), unmatched);
	}

	@Test
	void theStanceConfusionOfAPairCountsEveryCombinationOfTheSchemasLabels() throws IOException {
		AgreementReport report = measure(AgreementOptions.all());

		assertEquals(List.of("support", "deny", "query", "comment"), report.stanceLabels());
		List<ConfusionCell> confusion = report.corpus().pairs().get(0).stanceConfusion();
		assertEquals(16, confusion.size());
		assertEquals(List.of(new ConfusionCell("support", "support", 1), new ConfusionCell("support", "deny", 1),
				new ConfusionCell("deny", "support", 1)), confusion.stream().filter(cell -> cell.count() > 0).toList());
	}

	@Test
	void goldCanBeLeftOutAndAnnotatorsChosen() throws IOException {
		AnnotationLayer gold = store.layerFor("d1", CorpusStore.GOLD);
		claim(gold, 0, 10, "true");
		store.save();

		assertEquals(List.of("ann", "bob", "cay", "gold"), measure(AgreementOptions.all()).annotators());
		assertEquals(List.of("ann", "bob", "cay"), measure(new AgreementOptions(List.of(), true)).annotators());

		AgreementReport chosen = measure(new AgreementOptions(List.of("cay", "ann"), false));
		assertEquals(List.of("cay", "ann"), chosen.annotators());
		assertEquals(1, chosen.documentsCompared());
		PairFigures cayAnn = chosen.corpus().pairs().get(0);
		assertEquals(List.of("cay", "ann"), List.of(cayAnn.first(), cayAnn.second()));
		assertSpans(4, 1, 2, 0.5, 1.0, cayAnn.claims());
		assertTrue(chosen.unmatched().isEmpty(), () -> chosen.unmatched().toString());
	}

	@Test
	void oneAnnotatorHasNothingToCompare() throws IOException {
		AgreementReport report = measure(new AgreementOptions(List.of("ann"), false));

		assertEquals(0, report.documentsCompared());
		assertTrue(report.corpus().pairs().isEmpty());
		assertSpans(0, 0, 0, null, null, report.corpus().overall().claims());
		assertNull(report.corpus().overall().stance().value());
		assertTrue(report.unmatched().isEmpty());
	}

	@Test
	void undefinedFiguresAreNullInJsonNeverNaN() throws IOException {
		AgreementReport report = measure(AgreementOptions.all());

		String json = AgreementJson.toJson(report);

		assertFalse(json.contains("NaN"), json);
		assertTrue(json.contains("\"exactF1\": null"), json);
		assertEquals(report, AgreementJson.fromJson(json));
	}

	@Test
	void csvHasOneFigurePerRow() throws IOException {
		StringBuilder csv = new StringBuilder();
		AgreementCsv.write(measure(AgreementOptions.all()), csv);

		List<String> lines = csv.toString().lines().toList();
		assertEquals("scope,document,annotators,measure,value,n", lines.get(0));
		assertEquals(List.of("-0.5", "3"), cells(lines, "corpus,,ann+bob,stance-cohens-kappa,"));
		assertEquals(List.of("", "0"), cells(lines, "corpus,,ann+cay,source-mentions-exact-f1,"));
		// d2: 3 + 4 + 3 spans, 1 + 2 + 1 matches
		assertEquals(List.of("0.8", "10"), cells(lines, "document,d2,overall,claims-overlap-f1,"));
		// corpus: 3 pairs × 6 rows + 6 overall; d1: 1 pair + overall; d2: 3 pairs + overall
		assertEquals(1 + 24 + 12 + 24, lines.size());
	}

	@Test
	void cancellingStops() throws IOException {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> new AgreementOperation(CorpusStore.open(folder), AgreementOptions.all()).execute(cancelled));
	}

	@Test
	void anUnreadableLayerIsNamed() throws IOException {
		Path layer = folder.resolve("layers/bob/d2.attest");
		Files.writeString(layer, "<not xml");

		IOException error = assertThrows(IOException.class, () -> measure(AgreementOptions.all()));

		assertTrue(error.getMessage().contains(layer.toString()), error.getMessage());
	}

	/** The value (rounded to 9 decimals) and n of the row that starts so. */
	private static List<String> cells(List<String> lines, String start) {
		String row = lines.stream().filter(line -> line.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + start + " in " + lines));
		String[] cells = row.substring(start.length()).split(",", -1);
		String value = cells[0].isEmpty() ? "" : new BigDecimal(cells[0]).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
		return List.of(value, cells[1]);
	}

	private static void assertSpans(int spans, int exact, int overlap, Double exactF1, Double overlapF1, SpanFigures figures) {
		assertEquals(Map.of("spans", spans, "exact", exact, "overlap", overlap),
				Map.of("spans", figures.spans(), "exact", figures.exactMatches(), "overlap", figures.overlapMatches()));
		assertClose(exactF1, figures.exactF1());
		assertClose(overlapF1, figures.overlapF1());
	}

	private static void assertLabels(String measure, Double value, Double observed, int n, LabelFigures figures) {
		assertEquals(measure, figures.measure());
		assertEquals(n, figures.n());
		assertClose(value, figures.value());
		assertClose(observed, figures.observedAgreement());
	}

	private static void assertClose(Double expected, Double actual) {
		if (expected == null) {
			assertNull(actual);
		} else {
			assertEquals(expected, actual, 1e-9);
		}
	}

	private Source source(String id) {
		Source source = F.createSource();
		source.setId(id);
		source.setName(id);
		store.corpus().getSources().add(source);
		return source;
	}

	private void document(String id) throws IOException {
		Document document = F.createDocument();
		document.setId(id);
		document.setText(TEXT);
		store.addDocument(document);
	}

	private static ClaimMention claim(AnnotationLayer layer, int begin, int end, String credibility) {
		ClaimMention claim = F.createClaimMention();
		SpanAnchors.place(claim, TEXT, begin, end);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
		return claim;
	}

	private static void mention(AnnotationLayer layer, int begin, int end, Source source) {
		SourceMention mention = F.createSourceMention();
		SpanAnchors.place(mention, TEXT, begin, end);
		mention.setSource(source);
		layer.getSourceMentions().add(mention);
	}

	private static void attribute(AnnotationLayer layer, ClaimMention claim, Source source, String stance) {
		Attribution attribution = F.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setStance(stance);
		layer.getAttributions().add(attribution);
	}
}
