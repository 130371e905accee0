package org.attest.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stance-pairs CSV of the sample corpus, read back with commons-csv's parser. The expected rows were
 * written by hand from {@code samples/}; the dam article's first claim holds both a comma and straight double
 * quotes, so its row proves the RFC 4180 quoting.
 */
class StanceCsvExporterTest {

	private static final String HEADER = "claim,source,stance,credibility,document_id,claim_id,source_id\r\n";

	private static final String DAM_DEADLINE_ROW = "\"the project will be finished \"\"by the end of spring,\"\"\","
			+ "Upper Halvane Water Authority,support,barely-true,riverton-dam-delay,"
			+ "e8620389-f382-49de-bf3c-3a45eca78ee1,upper-halvane-water-authority\r\n";

	private static CorpusStore samples;

	@TempDir
	Path folder;

	@BeforeAll
	static void openTheSamples() throws IOException {
		samples = CorpusStore.open(Path.of(System.getProperty("attest.samples")));
	}

	@Test
	void oneRowPerGoldAttributionUnderTheHeader() throws IOException {
		Path target = export();

		try (Reader reader = Files.newBufferedReader(target, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertEquals(List.of("claim", "source", "stance", "credibility", "document_id", "claim_id", "source_id"),
					parser.getHeaderNames());
			List<CSVRecord> rows = parser.getRecords();
			assertEquals(12 + 16 + 14, rows.size());
			assertEquals(List.of("Spring herring have returned to Kessick Harbor in numbers not seen in more than a decade",
					"Northcoast Marine Assessment Institute", "support", "mostly-true", "harbor-fish-stocks",
					"07a9976f-e280-4286-9c48-0e39d68161b7", "northcoast-marine-assessment-institute"), rows.get(0).toList());
			assertEquals(List.of("the project will be finished \"by the end of spring,\"", "Upper Halvane Water Authority",
					"support", "barely-true", "riverton-dam-delay", "e8620389-f382-49de-bf3c-3a45eca78ee1",
					"upper-halvane-water-authority"), rows.get(12 + 16).toList());
		}
	}

	@Test
	void quotesAndCommasAreEscapedAsWrittenByHand() throws IOException {
		String content = Files.readString(export(), StandardCharsets.UTF_8);

		assertTrue(content.startsWith(HEADER), content.substring(0, 100));
		assertTrue(content.contains("\r\n" + DAM_DEADLINE_ROW), "the dam deadline row is missing or quoted otherwise");
	}

	@Test
	void theSameCorpusGivesTheSameBytes() throws IOException {
		Path first = export();
		Path second = folder.resolve("second.csv");
		new StanceCsvExporter().export(samples, ExportOptions.defaults(), second, new NullProgressMonitor());

		assertEquals(-1, Files.mismatch(first, second));
	}

	/**
	 * Seed 7 ranks riverton, ministry, harbor (SHA-256 of "7:id" by sha256sum): one per split at 1/1/1, with
	 * their 14, 16 and 12 attributions. Every file has the header.
	 */
	@Test
	void aSplitExportWritesEachSplitsRowsToItsOwnFile() throws IOException {
		Path split = folder.resolve("split");
		new StanceCsvExporter().export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS,
				new SplitPlan(1, 1, 1, 7, false)), split, new NullProgressMonitor());

		Map<String, String> documents = Map.of("train.csv", "riverton-dam-delay", "dev.csv", "ministry-denies-report",
				"test.csv", "harbor-fish-stocks");
		Map<String, Integer> rows = Map.of("train.csv", 14, "dev.csv", 16, "test.csv", 12);
		for (String name : documents.keySet()) {
			String content = Files.readString(split.resolve(name), StandardCharsets.UTF_8);
			assertTrue(content.startsWith(HEADER), name);
			try (CSVParser parser = CSVParser.parse(content,
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				List<CSVRecord> records = parser.getRecords();
				assertEquals(rows.get(name), records.size(), name);
				records.forEach(record -> assertEquals(documents.get(name), record.get("document_id"), name));
			}
		}
		assertTrue(Files.readString(split.resolve("train.csv")).contains("\r\n" + DAM_DEADLINE_ROW));
	}

	private Path export() throws IOException {
		Path target = folder.resolve("stances.csv");
		new StanceCsvExporter().export(samples, ExportOptions.defaults(), target, new NullProgressMonitor());
		return target;
	}
}
