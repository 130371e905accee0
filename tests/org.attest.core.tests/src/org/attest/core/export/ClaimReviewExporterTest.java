package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The ClaimReview export of the sample corpus, read back with Gson. The expected reviews were written by hand
 * from {@code samples/}: on the six-level scale True = 6 … Pants on fire = 1, so mostly-true is 5 and false is
 * 2; unverifiable has no value.
 */
class ClaimReviewExporterTest {

	private static final String SURVEY_CLAIM_REVIEW = """
			{
			  "@context": "https://schema.org",
			  "@type": "ClaimReview",
			  "url": "https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring#07a9976f-e280-4286-9c48-0e39d68161b7",
			  "claimReviewed": "Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade",
			  "itemReviewed": {
			    "@type": "Claim",
			    "author": {"@type": "Organization", "name": "Northcoast Marine Assessment Institute"},
			    "datePublished": "2026-03-14",
			    "appearance": {
			      "@type": "CreativeWork",
			      "url": "https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring",
			      "headline": "Herring Return to Kessick Harbor, but Scientists Warn Against Reopening the Fishery",
			      "datePublished": "2026-03-14",
			      "publisher": {"@type": "Organization", "name": "The Saltmarsh Courier"}
			    }
			  },
			  "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 6, "worstRating": 1,
			                   "alternateName": "Mostly true"},
			  "author": {"@type": "Organization", "name": "Attest sample corpus"}
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
	void everyRatedGoldClaimIsReviewedWithTheRequiredFields() throws IOException {
		JsonArray reviews = export();

		assertEquals(27, reviews.size(), "all 9 + 9 + 9 gold claims are rated");
		for (JsonElement element : reviews) {
			JsonObject review = element.getAsJsonObject();
			assertEquals("https://schema.org", review.get("@context").getAsString());
			assertEquals("ClaimReview", review.get("@type").getAsString());
			assertTrue(review.get("url").getAsString().startsWith("https://"));
			assertFalse(review.get("claimReviewed").getAsString().isEmpty());
			assertEquals("Claim", review.getAsJsonObject("itemReviewed").get("@type").getAsString());
			assertEquals("Rating", review.getAsJsonObject("reviewRating").get("@type").getAsString());
			assertTrue(review.getAsJsonObject("reviewRating").has("alternateName"));
			assertEquals("Attest sample corpus", review.getAsJsonObject("author").get("name").getAsString());
		}
	}

	@Test
	void aMostlyTrueClaimIsAsWrittenByHand() throws IOException {
		assertEquals(JsonParser.parseString(SURVEY_CLAIM_REVIEW), find(export(), "07a9976f-e280-4286-9c48-0e39d68161b7"));
	}

	@Test
	void aFalseClaimRatesTwoAndItsSpeakerIsAPerson() throws IOException {
		JsonObject review = find(export(), "ebbc22f2-aba2-441a-ad57-28ef2ff918c9");

		assertEquals(JsonParser.parseString("""
				{"@type": "Rating", "ratingValue": 2, "bestRating": 6, "worstRating": 1, "alternateName": "False"}"""),
				review.get("reviewRating"));
		assertEquals(JsonParser.parseString("""
				{"@type": "Person", "name": "Gideon Oyelaran"}"""),
				review.getAsJsonObject("itemReviewed").get("author"));
	}

	@Test
	void anUnverifiableClaimHasNoRatingValue() throws IOException {
		JsonObject review = find(export(), "6b425bc0-57c1-4d8b-8dc5-098b288b9591");

		assertEquals(JsonParser.parseString("""
				{"@type": "Rating", "alternateName": "Unverifiable"}"""), review.get("reviewRating"));
		assertEquals(JsonParser.parseString("""
				{"@type": "Person", "name": "Anonymous Fisheries Management Board member"}"""),
				review.getAsJsonObject("itemReviewed").get("author"));
	}

	@Test
	void theSameCorpusGivesTheSameBytes() throws IOException {
		Path first = folder.resolve("first.json");
		Path second = folder.resolve("second.json");
		new ClaimReviewExporter().export(samples, ExportOptions.defaults(), first, new NullProgressMonitor());
		new ClaimReviewExporter().export(samples, ExportOptions.defaults(), second, new NullProgressMonitor());

		assertEquals(-1, Files.mismatch(first, second));
		String content = Files.readString(first, StandardCharsets.UTF_8);
		assertTrue(content.startsWith("[\n  {\n    \"@context\": \"https://schema.org\",\n") && content.endsWith("\n]\n"));
	}

	/** Seed 7 ranks riverton, ministry, harbor (SHA-256 of "7:id" by sha256sum): one per split at 1/1/1. */
	@Test
	void aSplitExportWritesEachSplitsReviewsToItsOwnArray() throws IOException {
		Path split = folder.resolve("split");
		new ClaimReviewExporter().export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS,
				new SplitPlan(1, 1, 1, 7, false)), split, new NullProgressMonitor());

		Map<String, String> urls = Map.of(
				"train.json", "https://halvane-valley-herald.example/local/2026/03/14/riverton-dam-spring-deadline#",
				"dev.json", "https://capital-ledger.example/politics/2026/03/14/ministry-denies-rail-audit-report#",
				"test.json", "https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring#");
		try (Stream<Path> files = Files.list(split)) {
			assertEquals(urls.keySet(), files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
		}
		for (var entry : urls.entrySet()) {
			JsonArray reviews = JsonParser.parseString(Files.readString(split.resolve(entry.getKey()))).getAsJsonArray();
			assertEquals(9, reviews.size(), entry.getKey());
			for (JsonElement review : reviews) {
				assertTrue(review.getAsJsonObject().get("url").getAsString().startsWith(entry.getValue()), review.toString());
			}
		}
		assertEquals(find(export(), "07a9976f-e280-4286-9c48-0e39d68161b7"),
				find(JsonParser.parseString(Files.readString(split.resolve("test.json"))).getAsJsonArray(),
						"07a9976f-e280-4286-9c48-0e39d68161b7"));
	}

	private JsonArray export() throws IOException {
		Path target = folder.resolve("claimreview.json");
		new ClaimReviewExporter().export(samples, ExportOptions.defaults(), target, new NullProgressMonitor());
		return JsonParser.parseString(Files.readString(target, StandardCharsets.UTF_8)).getAsJsonArray();
	}

	private static JsonObject find(JsonArray reviews, String claimId) {
		for (JsonElement review : reviews) {
			if (review.getAsJsonObject().get("url").getAsString().endsWith("#" + claimId)) {
				return review.getAsJsonObject();
			}
		}
		throw new AssertionError("no review of " + claimId);
	}
}
