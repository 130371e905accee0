package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every format honours a split plan: JSONL tags each line with its split; the other formats write a folder with
 * one file (brat: one collection) per split. Each export is read back format by format to see which documents
 * landed in which split. The expected counts follow the largest-remainder rule of docs/formats.md by hand:
 * 20 documents at 80/10/10 are 16/2/2, and each stratum of 10 is 8/1/1.
 */
class SplitExportTest {

	private static final SplitPlan EIGHTY_TEN_TEN = new SplitPlan(80, 10, 10, 1, false);

	/** Created once: exports only read it. */
	private static CorpusStore corpus;

	@TempDir
	Path folder;

	@BeforeAll
	static void createCorpus(@TempDir Path corpusFolder) throws IOException {
		corpus = SplitCorpus.create(corpusFolder);
	}

	private Path export(String format, SplitPlan plan, String name) throws IOException {
		Path target = folder.resolve(name);
		ExportFormats.find(format).orElseThrow().export(corpus,
				new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS, plan), target, new NullProgressMonitor());
		return target;
	}

	@ParameterizedTest
	@ValueSource(strings = { "jsonl", "conll", "brat", "webannotation", "claimreview", "csv" })
	void everyDocumentLandsOnceInTheSplitTheAssignerGivesIt(String format) throws IOException {
		Map<String, List<String>> documents = documentsBySplit(format, export(format, EIGHTY_TEN_TEN, "out"));

		assertEquals(Set.of("train", "dev", "test"), documents.keySet());
		assertEquals(16, documents.get("train").size(), documents::toString);
		assertEquals(2, documents.get("dev").size(), documents::toString);
		assertEquals(2, documents.get("test").size(), documents::toString);
		List<String> all = documents.values().stream().flatMap(List::stream).sorted().toList();
		assertEquals(SplitCorpus.IDS, all, "every document exactly once");
		Map<String, String> assigned = SplitAssigner.assign(SplitCorpus.IDS, EIGHTY_TEN_TEN);
		documents.forEach((split, ids) -> {
			ids.forEach(id -> assertEquals(assigned.get(id), split, id));
			assertEquals(ids.stream().sorted().toList(), ids, "corpus order within a split");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "jsonl", "conll", "brat", "webannotation", "claimreview", "csv" })
	void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherAssignment(String format) throws IOException {
		Path first = export(format, EIGHTY_TEN_TEN, "first");
		Path second = export(format, EIGHTY_TEN_TEN, "second");
		Path otherSeed = export(format, new SplitPlan(80, 10, 10, 2, false), "other-seed");

		Map<String, byte[]> firstFiles = files(first);
		Map<String, byte[]> secondFiles = files(second);
		assertEquals(firstFiles.keySet(), secondFiles.keySet());
		firstFiles.forEach((name, bytes) -> assertArrayEquals(bytes, secondFiles.get(name), name));
		assertNotEquals(documentsBySplit(format, first), documentsBySplit(format, otherSeed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jsonl", "conll", "brat", "webannotation", "claimreview", "csv" })
	void aStratifiedSplitKeepsTheLabelProportions(String format) throws IOException {
		Map<String, List<String>> documents = documentsBySplit(format,
				export(format, new SplitPlan(80, 10, 10, 3, true), "out"));

		Map<String, Long> tally = new TreeMap<>();
		documents.forEach((split, ids) -> ids
				.forEach(id -> tally.merge(split + "/" + SplitCorpus.label(id), 1L, Long::sum)));
		assertEquals(Map.of("train/true", 8L, "train/false", 8L, "dev/true", 1L, "dev/false", 1L, "test/true", 1L,
				"test/false", 1L), tally);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jsonl", "conll", "brat", "webannotation", "claimreview", "csv" })
	void aSplitExportCancelledHalfWayLeavesTheOldTargetAndNoTemporaryFile(String format) throws IOException {
		Path target = folder.resolve("out");
		Files.writeString(target, "old export");
		NullProgressMonitor cancelAtTheFifthDocument = new NullProgressMonitor() {
			private int documents;

			@Override
			public void subTask(String name) {
				if (++documents == 5) {
					setCanceled(true);
				}
			}
		};

		assertThrows(OperationCanceledException.class, () -> ExportFormats.find(format).orElseThrow().export(corpus,
				new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS, EIGHTY_TEN_TEN), target,
				cancelAtTheFifthDocument));

		assertEquals("old export", Files.readString(target));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(Set.of("out"), left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
		}
	}

	@Test
	void aSplitExportReplacesASingleFileExportAtTheSameTarget() throws IOException {
		Path target = export("csv", null, "out");
		assertTrue(Files.isRegularFile(target));

		export("csv", EIGHTY_TEN_TEN, "out");

		try (Stream<Path> files = Files.list(target)) {
			assertEquals(Set.of("train.csv", "dev.csv", "test.csv"),
					files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
		}
	}

	@Test
	void aSplitWithoutDocumentsStillHasItsFile() throws IOException {
		Path target = export("conll", new SplitPlan(1, 0, 0, 1, false), "out");

		assertEquals("", Files.readString(target.resolve("dev.conll")));
		assertEquals("", Files.readString(target.resolve("test.conll")));
		assertEquals(20, Files.readAllLines(target.resolve("train.conll")).stream()
				.filter(ConllExporter.DOCSTART::equals).count());
	}

	/** The documents in each split's file, in file order, read back in the format's own terms. */
	private static Map<String, List<String>> documentsBySplit(String format, Path target) throws IOException {
		Map<String, List<String>> documents = new TreeMap<>();
		if (format.equals("jsonl")) {
			for (String line : Files.readAllLines(target, StandardCharsets.UTF_8)) {
				JsonObject object = JsonParser.parseString(line).getAsJsonObject();
				documents.computeIfAbsent(object.get("split").getAsString(), s -> new ArrayList<>())
						.add(object.get("id").getAsString());
			}
			return documents;
		}
		for (String split : List.of("train", "dev", "test")) {
			documents.put(split, switch (format) {
			case "conll" -> conllDocuments(target.resolve(split + ".conll"));
			case "brat" -> bratDocuments(target.resolve(split));
			case "webannotation" -> webAnnotationDocuments(target.resolve(split + ".jsonld"), split);
			case "claimreview" -> claimReviewDocuments(target.resolve(split + ".json"));
			case "csv" -> csvDocuments(target.resolve(split + ".csv"));
			default -> throw new IllegalArgumentException(format);
			});
		}
		return documents;
	}

	/** The first token after each {@code -DOCSTART- O} and its blank line: the document's id in this corpus. */
	private static List<String> conllDocuments(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).equals("-DOCSTART- O")) {
				assertEquals("", lines.get(i + 1));
				ids.add(lines.get(i + 2).split(" ")[0]);
			}
		}
		return ids;
	}

	/** The documents of a brat collection, by their .txt and .ann files, beside its annotation.conf. */
	private static List<String> bratDocuments(Path collection) throws IOException {
		assertTrue(Files.isRegularFile(collection.resolve("annotation.conf")), collection.toString());
		try (Stream<Path> files = Files.list(collection)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			List<String> ids = names.stream().filter(n -> n.endsWith(".txt")).map(n -> n.substring(0, n.length() - 4))
					.toList();
			assertEquals(ids, names.stream().filter(n -> n.endsWith(".ann")).map(n -> n.substring(0, n.length() - 4))
					.toList());
			return ids;
		}
	}

	/** The documents the annotations target ({@code urn:attest:document:<id>}: the corpus has no URLs). */
	private static List<String> webAnnotationDocuments(Path file, String split) throws IOException {
		JsonObject collection = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
		assertEquals("urn:attest:corpus:split%20corpus:" + split, collection.get("id").getAsString());
		assertEquals("split corpus (" + split + ")", collection.get("label").getAsString());
		Set<String> ids = new LinkedHashSet<>();
		int items = 0;
		for (JsonElement item : collection.getAsJsonObject("first").getAsJsonArray("items")) {
			ids.add(item.getAsJsonObject().getAsJsonObject("target").get("source").getAsString()
					.substring("urn:attest:document:".length()));
			items++;
		}
		assertEquals(items, collection.get("total").getAsInt());
		return new ArrayList<>(ids);
	}

	/** The documents where the reviewed claims appeared. */
	private static List<String> claimReviewDocuments(Path file) throws IOException {
		List<String> ids = new ArrayList<>();
		for (JsonElement review : JsonParser.parseString(Files.readString(file)).getAsJsonArray()) {
			ids.add(review.getAsJsonObject().getAsJsonObject("itemReviewed").getAsJsonObject("appearance").get("url")
					.getAsString().substring("urn:attest:document:".length()));
		}
		return ids;
	}

	/** The {@code document_id} column, under the header every split's file has. */
	private static List<String> csvDocuments(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().get())) {
			assertEquals(List.of(StanceCsvExporter.HEADER), csv.getHeaderNames());
			return csv.getRecords().stream().map((CSVRecord record) -> record.get("document_id")).toList();
		}
	}

	/** Every file under the export (or the export itself), by its path relative to it. */
	private static Map<String, byte[]> files(Path target) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(target)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(target.relativize(path).toString(), Files.readAllBytes(path));
			}
		}
		assertFalse(files.isEmpty());
		return files;
	}
}
