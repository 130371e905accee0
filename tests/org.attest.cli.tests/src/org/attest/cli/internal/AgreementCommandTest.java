package org.attest.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.anchoring.SpanAnchors;
import org.attest.core.schema.DefaultLabelSchema;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestFactory;
import org.attest.model.Attribution;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code attest agreement}: the table, JSON and CSV, options and exit codes, inside OSGi. */
class AgreementCommandTest {

	private static final Path SAMPLES = Path.of(System.getProperty("attest.samples"));
	private static final String TEXT = "0123456789".repeat(5);

	@TempDir
	Path work;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new AttestApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theTableShowsThePairAllAnnotatorsAndUndefinedFiguresAsSuch() throws IOException {
		Path corpus = twoAnnotatorsWhoAgree();

		assertEquals(0, run("agreement", "--corpus", corpus.toString()), err());

		List<String> lines = out().lines().toList();
		assertEquals("Agreement of ann, bob over 1 of 1 documents (documents with layers of two or more of them)", lines.get(0));
		// identical claims and stances, two credibility levels; no source mentions: their F1 is undefined
		assertTrue(lines.stream().map(AgreementCommandTest::cells).toList().containsAll(List.of(
				List.of("ann", "\u2013", "bob", "1", "1.000", "1.000", "undefined", "undefined", "\u03ba", "1.000", "2", "1.000", "4"),
				List.of("all", "annotators", "1", "1.000", "1.000", "undefined", "undefined", "\u03b1", "1.000", "4", "1.000", "4"))),
				out());
		assertTrue(lines.contains("Unmatched items (no other annotator has them): 0"), out());
		assertTrue(!out().contains("NaN"), out());
	}

	@Test
	void theSamplesTwoAnnotatorsWithTheirUnmatchedItems() {
		assertEquals(0, run("agreement", "--corpus", SAMPLES.toString()), err());

		String table = out();
		assertTrue(table.startsWith("Agreement of ana, gold over 3 of 3 documents"), table);
		assertTrue(table.lines().anyMatch(line -> line.startsWith("ana \u2013 gold ") && cells(line).get(3).equals("3")), table);
		assertTrue(table.lines().anyMatch(line -> line.startsWith("harbor-fish-stocks ")), table);
		// gold has a claim ana lacks ("the increase was driven largely by a single strong year class ...")
		assertTrue(table.contains("  harbor-fish-stocks gold claim [532-647] \"the increase was driven largely"), table);
	}

	@Test
	void jsonHasThePairsOverallPerDocumentAndUnmatchedItems() {
		assertEquals(0, run("agreement", "--corpus", SAMPLES.toString(), "--json"), err());

		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("[\"ana\",\"gold\"]", json.get("annotators").toString());
		JsonObject corpus = json.getAsJsonObject("corpus");
		assertEquals(1, corpus.getAsJsonArray("pairs").size());
		JsonObject pair = corpus.getAsJsonArray("pairs").get(0).getAsJsonObject();
		assertEquals("cohens-kappa", pair.getAsJsonObject("stance").get("measure").getAsString());
		assertEquals("krippendorffs-alpha-nominal",
				corpus.getAsJsonObject("overall").getAsJsonObject("stance").get("measure").getAsString());
		assertEquals(3, json.getAsJsonArray("perDocument").size());
		assertTrue(json.getAsJsonArray("unmatched").size() > 0, out());
		JsonObject item = json.getAsJsonArray("unmatched").get(0).getAsJsonObject();
		assertEquals(List.of("document", "annotator", "kind", "begin", "end", "quote", "source"), List.copyOf(item.keySet()));
	}

	@Test
	void csvWritesOneFigurePerRow() throws IOException {
		Path csv = work.resolve("agreement.csv");

		assertEquals(0, run("agreement", "--corpus", twoAnnotatorsWhoAgree().toString(), "--csv", csv.toString()), err());

		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("scope,document,annotators,measure,value,n", rows.get(0));
		assertTrue(rows.contains("corpus,,ann+bob,stance-cohens-kappa,1.0,2"), rows.toString());
		assertTrue(rows.contains("corpus,,ann+bob,source-mentions-exact-f1,,0"), rows.toString());
	}

	@Test
	void annotatorsCanBeChosenAndGoldLeftOut() {
		assertEquals(0, run("agreement", "--corpus", SAMPLES.toString(), "--exclude-gold"), err());
		assertTrue(out().startsWith("Agreement of ana over 0 of 3 documents"), out());
		assertTrue(out().contains("Fewer than two annotators: nothing to compare."), out());
		out.reset();

		assertEquals(0, run("agreement", "--corpus", SAMPLES.toString(), "--annotators", "gold,ana"), err());
		assertTrue(out().lines().anyMatch(line -> line.startsWith("gold \u2013 ana ")), out());
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertEquals(2, run("agreement", "--corpus", SAMPLES.toString(), "--annotators", "ana,zoe"));
		assertTrue(err().contains("no layers of annotator 'zoe' in " + SAMPLES.resolve("layers")), err());

		assertEquals(2, run("agreement"));
		assertTrue(err().contains("missing option --corpus"), err());

		assertEquals(0, run("agreement", "--help"));
		assertTrue(out().startsWith("Usage: attest agreement --corpus DIR"), out());
	}

	@Test
	void anUnreadableLayerIsInvalidDataNamedByItsFile() throws IOException {
		Path corpus = twoAnnotatorsWhoAgree();
		Path layer = corpus.resolve("layers/bob/d1.attest");
		Files.writeString(layer, "<broken");

		assertEquals(1, run("agreement", "--corpus", corpus.toString()));
		assertTrue(err().contains(layer.toString()), err());
	}

	/** A table row's cells, split at white space. */
	private static List<String> cells(String line) {
		return List.of(line.strip().split("\\s+"));
	}

	/** One document; ann and bob mark the same two claims (true, false), each attributed alike (support, deny). */
	private Path twoAnnotatorsWhoAgree() throws IOException {
		Path folder = work.resolve("corpus");
		CorpusStore store = CorpusStore.create(folder, "Two annotators", DefaultLabelSchema.create());
		Source source = AttestFactory.eINSTANCE.createSource();
		source.setId("mayor");
		source.setName("Mayor");
		store.corpus().getSources().add(source);
		Document document = AttestFactory.eINSTANCE.createDocument();
		document.setId("d1");
		document.setText(TEXT);
		store.addDocument(document);
		for (String annotator : List.of("ann", "bob")) {
			AnnotationLayer layer = store.layerFor("d1", annotator);
			attribute(layer, claim(layer, 0, 10, "true"), source, "support");
			attribute(layer, claim(layer, 20, 30, "false"), source, "deny");
		}
		store.save();
		return folder;
	}

	private static ClaimMention claim(AnnotationLayer layer, int begin, int end, String credibility) {
		ClaimMention claim = AttestFactory.eINSTANCE.createClaimMention();
		SpanAnchors.place(claim, TEXT, begin, end);
		claim.setCredibility(credibility);
		layer.getClaims().add(claim);
		return claim;
	}

	private static void attribute(AnnotationLayer layer, ClaimMention claim, Source source, String stance) {
		Attribution attribution = AttestFactory.eINSTANCE.createAttribution();
		attribution.setClaim(claim);
		attribution.setSource(source);
		attribution.setStance(stance);
		layer.getAttributions().add(attribution);
	}
}
