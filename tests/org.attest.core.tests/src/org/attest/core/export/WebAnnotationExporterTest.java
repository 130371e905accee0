package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Web Annotation export of the sample corpus, read back with Gson. Expected values were written by hand
 * from {@code samples/}; the code point offsets were computed with a separate Python script (Python's
 * {@code str} indexes count code points) from the UTF-16 offsets of the gold layer: the harbor article has two
 * emoji (two surrogate pairs) before the mention of Halvarsen, so 1094..1132 becomes 1092..1130.
 */
class WebAnnotationExporterTest {

	private static final String HALVARSEN_MENTION = """
			{
			  "id": "urn:attest:annotation:harbor-fish-stocks:20d87e94-cbac-470d-81bb-5b465a8bb615",
			  "type": "Annotation",
			  "motivation": "identifying",
			  "body": [
			    {"type": "TextualBody", "purpose": "tagging", "value": "source-mention"},
			    {"type": "TextualBody", "purpose": "identifying", "value": "Teodor Halvarsen"}
			  ],
			  "target": {
			    "source": "https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring",
			    "selector": [
			      {"type": "TextQuoteSelector", "exact": "Cooperative president Teodor Halvarsen",
			       "prefix": "oat 🐟🌊 Time to let us work.”\\n\\n", "suffix": " said members had observed far l"},
			      {"type": "TextPositionSelector", "start": 1092, "end": 1130}
			    ]
			  }
			}
			""";

	private static final String ATTRIBUTION_OF_THE_SURVEY_CLAIM = """
			{
			  "id": "urn:attest:annotation:harbor-fish-stocks:051625e4-e728-40b8-8ca1-3499b944bc22",
			  "type": "Annotation",
			  "motivation": "linking",
			  "body": [
			    {"type": "TextualBody", "purpose": "tagging", "value": "attribution"},
			    {"type": "TextualBody", "purpose": "identifying", "value": "Northcoast Marine Assessment Institute"},
			    {"type": "TextualBody", "purpose": "classifying", "value": "support"},
			    {"type": "SpecificResource", "purpose": "linking",
			     "source": "urn:attest:annotation:harbor-fish-stocks:07a9976f-e280-4286-9c48-0e39d68161b7"},
			    {"type": "SpecificResource", "purpose": "linking",
			     "source": "urn:attest:annotation:harbor-fish-stocks:f5cabcfc-6e9d-47e7-be21-5c4fa040ddb0"}
			  ],
			  "target": {
			    "source": "https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring",
			    "selector": [
			      {"type": "TextQuoteSelector",
			       "exact": "Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade",
			       "prefix": "KESSICK HARBOR — ", "suffix": ", according to a survey released"},
			      {"type": "TextPositionSelector", "start": 17, "end": 105}
			    ]
			  }
			}
			""";

	private static CorpusStore samples;

	@TempDir
	Path folder;

	@BeforeAll
	static void openTheSamples() throws IOException {
		samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
	}

	@Test
	void theCollectionHoldsOneAnnotationPerSpanAndAttributionOfTheGoldLayers() throws IOException {
		JsonObject collection = export(ExportOptions.defaults());

		assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").getAsString());
		assertEquals("urn:attest:corpus:Attest%20sample%20corpus", collection.get("id").getAsString());
		assertEquals("AnnotationCollection", collection.get("type").getAsString());
		assertEquals("Attest sample corpus", collection.get("label").getAsString());
		JsonObject page = collection.getAsJsonObject("first");
		assertEquals("AnnotationPage", page.get("type").getAsString());
		// claims + mentions + cues + attributions: 9+11+12+12, 9+15+14+16, 9+13+13+14
		assertEquals(147, collection.get("total").getAsInt());
		assertEquals(147, page.getAsJsonArray("items").size());
	}

	@Test
	void everyAnnotationQuotesTheCodePointsItsPositionsSelect() throws IOException {
		JsonArray items = export(ExportOptions.defaults()).getAsJsonObject("first").getAsJsonArray("items");
		Map<String, String> texts = new HashMap<>();
		for (String id : samples.documentIds()) {
			var document = samples.document(id);
			texts.put(document.getUrl(), document.getText());
		}

		for (JsonElement element : items) {
			JsonObject annotation = element.getAsJsonObject();
			assertTrue(annotation.get("id").getAsString().startsWith("urn:attest:annotation:"));
			assertEquals("Annotation", annotation.get("type").getAsString());
			assertTrue(annotation.has("motivation") && annotation.getAsJsonArray("body").size() > 0);
			JsonObject target = annotation.getAsJsonObject("target");
			JsonArray selectors = target.getAsJsonArray("selector");
			JsonObject quote = selectors.get(0).getAsJsonObject();
			JsonObject position = selectors.get(1).getAsJsonObject();
			assertEquals("TextQuoteSelector", quote.get("type").getAsString());
			assertEquals("TextPositionSelector", position.get("type").getAsString());
			String text = texts.get(target.get("source").getAsString());
			int start = position.get("start").getAsInt();
			int end = position.get("end").getAsInt();
			String selected = text.codePoints().skip(start).limit(end - start)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
			assertEquals(selected, quote.get("exact").getAsString(), annotation.get("id").getAsString());
		}
	}

	@Test
	void aSourceMentionAfterTheEmojiIsAsWrittenByHand() throws IOException {
		JsonArray items = export(ExportOptions.defaults()).getAsJsonObject("first").getAsJsonArray("items");

		assertEquals(JsonParser.parseString(HALVARSEN_MENTION), find(items, "20d87e94-cbac-470d-81bb-5b465a8bb615"));
		assertEquals(JsonParser.parseString(ATTRIBUTION_OF_THE_SURVEY_CLAIM),
				find(items, "051625e4-e728-40b8-8ca1-3499b944bc22"));
	}

	@Test
	void aClaimAroundEmojiEndsTwoCodePointsBeforeItsUtf16End() throws IOException {
		JsonArray items = export(ExportOptions.defaults()).getAsJsonObject("first").getAsJsonArray("items");

		JsonObject claim = find(items, "0bf3073a-8e1e-4a41-8ccb-be38a32accab");
		assertEquals("classifying", claim.get("motivation").getAsString());
		assertEquals(JsonParser.parseString("""
				[{"type": "TextualBody", "purpose": "tagging", "value": "claim"},
				 {"type": "TextualBody", "purpose": "assessing", "value": "half-true"}]"""), claim.get("body"));
		JsonObject position = claim.getAsJsonObject("target").getAsJsonArray("selector").get(1).getAsJsonObject();
		assertEquals(997, position.get("start").getAsInt());
		assertEquals(1068, position.get("end").getAsInt());
	}

	@Test
	void utf16OffsetsAreTheModelsOwn() throws IOException {
		JsonArray items = export(new ExportOptions(CorpusStore.GOLD, OffsetUnit.UTF16, null)).getAsJsonObject("first")
				.getAsJsonArray("items");

		JsonObject position = find(items, "20d87e94-cbac-470d-81bb-5b465a8bb615").getAsJsonObject("target")
				.getAsJsonArray("selector").get(1).getAsJsonObject();
		assertEquals(1094, position.get("start").getAsInt());
		assertEquals(1132, position.get("end").getAsInt());
	}

	@Test
	void theFileStartsAsWrittenByHandAndIsTheSameOnEveryExport() throws IOException {
		Path first = folder.resolve("first.jsonld");
		Path second = folder.resolve("second.jsonld");
		new WebAnnotationExporter().export(samples, ExportOptions.defaults(), first, new NullProgressMonitor());
		new WebAnnotationExporter().export(samples, ExportOptions.defaults(), second, new NullProgressMonitor());

		String content = Files.readString(first, StandardCharsets.UTF_8);
		assertTrue(content.startsWith("""
				{
				  "@context": "http://www.w3.org/ns/anno.jsonld",
				  "id": "urn:attest:corpus:Attest%20sample%20corpus",
				  "type": "AnnotationCollection",
				  "label": "Attest sample corpus",
				  "first": {
				    "type": "AnnotationPage",
				    "items": [
				      {
				"""), content.substring(0, 300));
		assertTrue(content.endsWith("    ]\n  },\n  \"total\": 147\n}\n"), () -> content
				.lines().skip(content.lines().count() - 5).collect(Collectors.joining("\n")));
		assertFalse(content.contains("\r"));
		assertEquals(-1, Files.mismatch(first, second));
	}

	@Test
	void aCancelledExportLeavesThePreviousFile() throws IOException {
		Path target = folder.resolve("corpus.jsonld");
		Files.writeString(target, "previous");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> new WebAnnotationExporter().export(samples, ExportOptions.defaults(), target, cancelled));

		assertEquals("previous", Files.readString(target));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count());
		}
	}

	/**
	 * Seed 7 ranks riverton, ministry, harbor (SHA-256 of "7:id" by sha256sum): one per split at 1/1/1. Their
	 * annotation counts are those of the whole-corpus test above: 49, 54 and 44.
	 */
	@Test
	void aSplitExportIsOneCollectionPerSplit() throws IOException {
		Path split = folder.resolve("split");
		new WebAnnotationExporter().export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS,
				new SplitPlan(1, 1, 1, 7, false)), split, new NullProgressMonitor());

		Map<String, String> documents = Map.of("train", "riverton-dam-delay", "dev", "ministry-denies-report", "test",
				"harbor-fish-stocks");
		Map<String, Integer> totals = Map.of("train", 49, "dev", 54, "test", 44);
		for (String name : documents.keySet()) {
			JsonObject collection = JsonParser.parseString(Files.readString(split.resolve(name + ".jsonld")))
					.getAsJsonObject();
			assertEquals("urn:attest:corpus:Attest%20sample%20corpus:" + name, collection.get("id").getAsString());
			assertEquals("Attest sample corpus (" + name + ")", collection.get("label").getAsString());
			assertEquals(totals.get(name), collection.get("total").getAsInt());
			JsonArray items = collection.getAsJsonObject("first").getAsJsonArray("items");
			assertEquals(totals.get(name), items.size());
			for (JsonElement item : items) {
				assertTrue(item.getAsJsonObject().get("id").getAsString()
						.startsWith("urn:attest:annotation:" + documents.get(name) + ":"), item.toString());
			}
		}
		JsonObject halvarsen = find(JsonParser.parseString(Files.readString(split.resolve("test.jsonld")))
				.getAsJsonObject().getAsJsonObject("first").getAsJsonArray("items"), "20d87e94-cbac-470d-81bb-5b465a8bb615");
		assertEquals(JsonParser.parseString(HALVARSEN_MENTION), halvarsen);
	}

	private JsonObject export(ExportOptions options) throws IOException {
		Path target = folder.resolve("corpus.jsonld");
		new WebAnnotationExporter().export(samples, options, target, new NullProgressMonitor());
		return JsonParser.parseString(Files.readString(target, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static JsonObject find(JsonArray items, String spanId) {
		for (JsonElement item : items) {
			if (item.getAsJsonObject().get("id").getAsString().endsWith(":" + spanId)) {
				return item.getAsJsonObject();
			}
		}
		throw new AssertionError("no annotation of " + spanId);
	}
}
