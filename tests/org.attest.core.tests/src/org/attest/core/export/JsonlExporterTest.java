package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The JSONL export of the sample corpus and of a small corpus with emoji, against lines written by hand from
 * samples/documents/*.attest and samples/layers/gold/*.attest. Code point offsets of the samples were
 * computed independently with a Python one-off that reads the XMI with ElementTree and converts each UTF-16
 * offset u with {@code len(text.encode('utf-16-le')[:2*u].decode('utf-16-le'))}, then checked
 * {@code text[start:end] == quote}: harbor-fish-stocks claims 17..105 and 231..295 stay the same, the claim
 * ending in 🐟🌊 at UTF-16 997..1070 is 997..1068.
 */
class JsonlExporterTest {

	private static final String HARBOR_START = "{\"id\":\"harbor-fish-stocks\","
			+ "\"title\":\"Herring Return to Kessick Harbor, but Scientists Warn Against Reopening the Fishery\","
			+ "\"url\":\"https://saltmarsh-courier.example/news/2026/03/14/kessick-harbor-herring\","
			+ "\"text\":\"KESSICK HARBOR — Spring herring have returned to Kessick Harbor in numbers not seen";

	private static final String HARBOR_METADATA_AND_FIRST_CLAIMS = "\"metadata\":{\"author\":\"Odile Marchetti-Vance\","
			+ "\"genre\":\"news\",\"language\":\"en\",\"outlet\":\"The Saltmarsh Courier\",\"published\":\"2026-03-14\"},"
			+ "\"split\":null,"
			+ "\"claims\":[{\"id\":\"07a9976f-e280-4286-9c48-0e39d68161b7\",\"start\":17,\"end\":105,"
			+ "\"text\":\"Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade\","
			+ "\"claim_type\":\"factual\",\"credibility\":\"mostly-true\",\"checkworthy\":true,"
			+ "\"note\":\"Survey puts spawning stock at ~31,000 t vs ~12,500 t in 2021.\"},"
			+ "{\"id\":\"0d8fde9a-12b8-48f3-bc88-695ca693ef94\",\"start\":231,\"end\":295,"
			+ "\"text\":\"reopening the commercial fishery this year would be “premature.”\","
			+ "\"claim_type\":\"opinion\",\"credibility\":\"mostly-true\",\"checkworthy\":true,"
			+ "\"note\":\"Expert judgement consistent with a single-cohort rebound.\"},";

	private static final String HARBOR_EMOJI_CLAIM = "{\"id\":\"0bf3073a-8e1e-4a41-8ccb-be38a32accab\","
			+ "\"start\":997,\"end\":1068,"
			+ "\"text\":\"Harbor’s full of silver for the first time since my dad ran the boat 🐟🌊\","
			+ "\"claim_type\":\"quote\",\"credibility\":\"half-true\",\"checkworthy\":true,"
			+ "\"note\":\"Survey shows highest numbers in over a decade; 'first time' is loose.\"}";

	private static final String HARBOR_FIRST_SOURCE = "\"sources\":[{\"id\":\"northcoast-marine-assessment-institute\","
			+ "\"name\":\"Northcoast Marine Assessment Institute\",\"kind\":\"organization\",\"reliability\":\"4\","
			+ "\"mentions\":[{\"start\":150,\"end\":183,\"text\":\"the scientists who carried it out\","
			+ "\"id\":\"3794da88-53d9-458d-b5b9-aaff97570cf5\"},"
			+ "{\"start\":322,\"end\":364,\"text\":\"the Northcoast Marine Assessment Institute\","
			+ "\"id\":\"73d2cc41-1aed-4024-84b4-4c6192a80ffb\"}],"
			+ "\"aliases\":[\"the institute\",\"The institute\",\"the scientists who carried it out\"],\"note\":null},";

	private static final String HARBOR_FIRST_ATTRIBUTION = "\"attributions\":[{"
			+ "\"claim\":\"07a9976f-e280-4286-9c48-0e39d68161b7\",\"source\":\"northcoast-marine-assessment-institute\","
			+ "\"stance\":\"support\",\"id\":\"051625e4-e728-40b8-8ca1-3499b944bc22\",\"mention\":null,"
			+ "\"cue\":{\"start\":107,\"end\":119,\"text\":\"according to\",\"id\":\"f5cabcfc-6e9d-47e7-be21-5c4fa040ddb0\"}},";

	/** The whole line of the emoji corpus, code points: see {@link EmojiCorpus} for the offsets. */
	private static final String EMOJI_LINE = "{\"id\":\"emoji\",\"title\":\"Fish\",\"url\":null,"
			+ "\"text\":\"The 🐟 are back 🌊, Ana said. Prices will rise.\","
			+ "\"metadata\":{\"author\":null,\"genre\":\"news\",\"language\":\"en\",\"outlet\":null,\"published\":null,"
			+ "\"section\":\"coast\"},\"split\":null,"
			+ "\"claims\":[{\"id\":\"c1\",\"start\":28,\"end\":44,\"text\":\"Prices will rise\",\"claim_type\":\"prediction\","
			+ "\"credibility\":\"half-true\",\"checkworthy\":false,\"note\":null}],"
			+ "\"sources\":[{\"id\":\"ana\",\"name\":\"Ana\",\"kind\":\"person\",\"reliability\":\"4\","
			+ "\"mentions\":[{\"start\":18,\"end\":21,\"text\":\"Ana\",\"id\":\"m1\"}],\"aliases\":[],\"note\":null}],"
			+ "\"attributions\":[{\"claim\":\"c1\",\"source\":\"ana\",\"stance\":\"support\",\"id\":\"a1\","
			+ "\"mention\":{\"start\":18,\"end\":21,\"id\":\"m1\"},"
			+ "\"cue\":{\"start\":22,\"end\":26,\"text\":\"said\",\"id\":\"q1\"}}],"
			+ "\"annotator\":\"gold\",\"status\":\"in-progress\","
			+ "\"cues\":[{\"start\":22,\"end\":26,\"text\":\"said\",\"id\":\"q1\"}]}\n";

	private static CorpusStore samples;

	@TempDir
	Path folder;

	@BeforeAll
	static void openTheSamples() throws IOException {
		samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
	}

	@Test
	void harborLineHasTheHandWrittenKeysAndValues() throws IOException {
		List<String> lines = export(samples, ExportOptions.defaults());

		assertEquals(3, lines.size());
		String harbor = lines.get(0);
		assertTrue(harbor.startsWith(HARBOR_START), harbor);
		assertTrue(harbor.contains("up from about 12,500 tonnes in 2021. Dr. Ilse Vantongeren, the institute’s lead"));
		assertTrue(harbor.contains(" — still here.”\\n\\nThe institute said it would publish its full dataset by the end of "
				+ "March and plans a follow-up survey in the autumn.\\n\"," + HARBOR_METADATA_AND_FIRST_CLAIMS), harbor);
		assertTrue(harbor.contains("\"note\":\"Expert judgement consistent with a single-cohort rebound.\"},"), harbor);
		// in text order the emoji claim (997) follows 47a291f8 (532, no note) and precedes e8aaa0dc (1222)
		assertTrue(harbor.contains("\"note\":null}," + HARBOR_EMOJI_CLAIM + ",{\"id\":\"e8aaa0dc-"), harbor);
		assertTrue(harbor.contains("\"note\":\"Author concedes the figure is optimistic and assumes 2024 prices.\"}],"
				+ HARBOR_FIRST_SOURCE), harbor);
		assertTrue(harbor.contains(HARBOR_FIRST_ATTRIBUTION), harbor);
		assertTrue(harbor.contains("\"annotator\":\"gold\",\"status\":\"done\",\"cues\":[{\"start\":107,\"end\":119,"
				+ "\"text\":\"according to\",\"id\":\"f5cabcfc-6e9d-47e7-be21-5c4fa040ddb0\"},"
				+ "{\"start\":226,\"end\":230,\"text\":\"said\",\"id\":\"9a8008a6-0705-4b75-a5fc-bb1f3da758ef\"},"
				+ "{\"start\":366,\"end\":375,\"text\":\"estimated\",\"id\":\"806668c9-d621-444b-9038-d0be24de8626\"},"
				+ "{\"start\":527,\"end\":531,\"text\":\"said\",\"id\":\"545bdbdc-aa2b-49a9-a39f-d293687bf7c4\"},"
				+ "{\"start\":975,\"end\":979,\"text\":\"read\",\"id\":\"83f29d72-6286-4b0a-b28d-48034ecb2a39\"},"), harbor);
	}

	@Test
	void everyLineHasTheKeysInTheirOrderAndTheSamplesCounts() throws IOException {
		List<String> lines = export(samples, ExportOptions.defaults());

		int[][] counts = { { 9, 11, 12, 12 }, { 9, 15, 14, 16 }, { 9, 13, 13, 14 } };
		List<String> ids = List.of("harbor-fish-stocks", "ministry-denies-report", "riverton-dam-delay");
		for (int i = 0; i < 3; i++) {
			JsonObject line = JsonParser.parseString(lines.get(i)).getAsJsonObject();
			assertEquals(List.of("id", "title", "url", "text", "metadata", "split", "claims", "sources", "attributions",
					"annotator", "status", "cues"), List.copyOf(line.keySet()));
			assertEquals(ids.get(i), line.get("id").getAsString());
			assertEquals(counts[i][0], line.getAsJsonArray("claims").size());
			int mentions = 0;
			for (JsonElement source : line.getAsJsonArray("sources")) {
				mentions += source.getAsJsonObject().getAsJsonArray("mentions").size();
			}
			assertEquals(counts[i][1], mentions);
			assertEquals(counts[i][2], line.getAsJsonArray("cues").size());
			assertEquals(counts[i][3], line.getAsJsonArray("attributions").size());
			JsonObject claim = line.getAsJsonArray("claims").get(0).getAsJsonObject();
			assertEquals(List.of("id", "start", "end", "text", "claim_type", "credibility", "checkworthy", "note"),
					List.copyOf(claim.keySet()));
			JsonObject attribution = line.getAsJsonArray("attributions").get(0).getAsJsonObject();
			assertEquals(List.of("claim", "source", "stance", "id", "mention", "cue"), List.copyOf(attribution.keySet()));
		}
	}

	@Test
	void codePointSlicesOfEverySpanGiveItsText() throws IOException {
		for (String line : export(samples, ExportOptions.defaults())) {
			JsonObject document = JsonParser.parseString(line).getAsJsonObject();
			int[] text = document.get("text").getAsString().codePoints().toArray();
			int previous = -1;
			for (JsonElement claim : document.getAsJsonArray("claims")) {
				assertSlice(text, claim.getAsJsonObject());
				int start = claim.getAsJsonObject().get("start").getAsInt();
				assertTrue(start >= previous, "claims in text order");
				previous = start;
			}
			for (JsonElement source : document.getAsJsonArray("sources")) {
				for (JsonElement mention : source.getAsJsonObject().getAsJsonArray("mentions")) {
					assertSlice(text, mention.getAsJsonObject());
				}
			}
			for (JsonElement cue : document.getAsJsonArray("cues")) {
				assertSlice(text, cue.getAsJsonObject());
			}
		}
	}

	@Test
	void emojiTextInBothUnits() throws IOException {
		CorpusStore store = EmojiCorpus.create(folder.resolve("corpus"));

		assertEquals(EMOJI_LINE, Files.readString(exportTo(store, ExportOptions.defaults(), "cp.jsonl")));

		String utf16 = Files.readString(exportTo(store,
				new ExportOptions(CorpusStore.GOLD, OffsetUnit.UTF16, null), "utf16.jsonl"));
		assertEquals(EMOJI_LINE.replace("\"start\":28,\"end\":44", "\"start\":30,\"end\":46")
				.replace("\"start\":18,\"end\":21", "\"start\":20,\"end\":23")
				.replace("\"start\":22,\"end\":26", "\"start\":24,\"end\":28"), utf16);
		assertTrue(utf16.contains("\"start\":30,\"end\":46,\"text\":\"Prices will rise\""));
	}

	@Test
	void documentsWithoutTheAnnotatorsLayerHaveEmptyLists() throws IOException {
		List<String> lines = export(samples, new ExportOptions("nobody", OffsetUnit.CODE_POINTS, null));

		assertEquals(3, lines.size());
		for (String line : lines) {
			assertTrue(line.endsWith("\"split\":null,\"claims\":[],\"sources\":[],\"attributions\":[],"
					+ "\"annotator\":\"nobody\",\"status\":null,\"cues\":[]}"), line);
		}
	}

	@Test
	void splitsAreWrittenAsTheAssignerAssigns() throws IOException {
		SplitPlan plan = new SplitPlan(1, 1, 1, 7, false);

		List<String> lines = export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS, plan));

		var assigned = SplitAssigner.assign(samples.documentIds(), plan);
		for (String line : lines) {
			JsonObject document = JsonParser.parseString(line).getAsJsonObject();
			assertEquals(assigned.get(document.get("id").getAsString()), document.get("split").getAsString());
		}
		assertEquals(List.of("dev", "test", "train"), assigned.values().stream().sorted().toList());
	}

	@Test
	void exportingTwiceGivesTheSameBytes() throws IOException {
		byte[] first = Files.readAllBytes(exportTo(samples, ExportOptions.defaults(), "first.jsonl"));
		byte[] second = Files.readAllBytes(exportTo(samples, ExportOptions.defaults(), "second.jsonl"));

		assertArrayEquals(first, second);
		String text = new String(first, StandardCharsets.UTF_8);
		assertFalse(text.contains("\r"));
		assertTrue(text.endsWith("}\n"));
	}

	@Test
	void cancelledExportLeavesTheOldTargetAndNoTemporaryFile() throws IOException {
		Path target = folder.resolve("corpus.jsonl");
		Files.writeString(target, "old\n");
		NullProgressMonitor cancelOnSecondDocument = new NullProgressMonitor() {
			private int documents;

			@Override
			public void subTask(String name) {
				if (++documents == 2) {
					setCanceled(true);
				}
			}
		};

		assertThrows(OperationCanceledException.class,
				() -> new JsonlExporter().export(samples, ExportOptions.defaults(), target, cancelOnSecondDocument));

		assertEquals("old\n", Files.readString(target));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(target), files.toList());
		}
	}

	@Test
	void cancelledExportWithoutATargetCreatesNone() throws IOException {
		Path target = folder.resolve("new.jsonl");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> new JsonlExporter().export(samples, ExportOptions.defaults(), target, cancelled));

		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void formatIsJsonl() {
		assertEquals("jsonl", new JsonlExporter().format());
	}

	private static void assertSlice(int[] text, JsonObject span) {
		int start = span.get("start").getAsInt();
		int end = span.get("end").getAsInt();
		assertEquals(span.get("text").getAsString(), new String(text, start, end - start));
	}

	private List<String> export(CorpusStore store, ExportOptions options) throws IOException {
		return Files.readAllLines(exportTo(store, options, "corpus.jsonl"), StandardCharsets.UTF_8);
	}

	private Path exportTo(CorpusStore store, ExportOptions options, String name) throws IOException {
		Path target = folder.resolve("out").resolve(name);
		new JsonlExporter().export(store, options, target, new NullProgressMonitor());
		return target;
	}
}
