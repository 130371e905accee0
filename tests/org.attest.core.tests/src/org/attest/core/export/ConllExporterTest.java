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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoNLL export of the sample corpus, checked against tags written by hand from the gold layer. */
class ConllExporterTest {

	private static final Pattern LINE = Pattern.compile("^\\S+ (O|[BI]-(CLAIM|SOURCE))$");
	private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");

	@TempDir
	Path folder;

	private CorpusStore samples;
	private Path target;

	@BeforeEach
	void export() throws IOException {
		samples = SampleCopy.open(folder);
		target = folder.resolve("out/corpus.conll");
		new ConllExporter().export(samples, ExportOptions.defaults(), target, new NullProgressMonitor());
	}

	private List<String> lines() throws IOException {
		return Files.readAllLines(target, StandardCharsets.UTF_8);
	}

	@Test
	void aSentenceOfTheHarborArticleHasTheGoldTags() throws IOException {
		// Written by hand from layers/gold/harbor-fish-stocks.attest: the source mention "Dr. Ilse Vantongeren"
		// (463..483), the cue "said" (not tagged) and the claim "the increase … a broad recovery" (532..647).
		String expected = """
				Dr B-SOURCE
				. I-SOURCE
				Ilse I-SOURCE
				Vantongeren I-SOURCE
				, O
				the O
				institute’s O
				lead O
				fisheries O
				biologist O
				, O
				said O
				the B-CLAIM
				increase I-CLAIM
				was I-CLAIM
				driven I-CLAIM
				largely I-CLAIM
				by I-CLAIM
				a I-CLAIM
				single I-CLAIM
				strong I-CLAIM
				year I-CLAIM
				class I-CLAIM
				— I-CLAIM
				fish I-CLAIM
				hatched I-CLAIM
				in I-CLAIM
				2022 I-CLAIM
				— I-CLAIM
				rather I-CLAIM
				than I-CLAIM
				a I-CLAIM
				broad I-CLAIM
				recovery I-CLAIM
				. O

				""";
		String output = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(output.contains("\n\n" + expected), output);
	}

	@Test
	void documentsOpenWithDocstartAndABlankLine() throws IOException {
		List<String> lines = lines();
		assertEquals("-DOCSTART- O", lines.get(0));
		assertEquals("", lines.get(1));
		assertEquals(3, lines.stream().filter("-DOCSTART- O"::equals).count());
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).equals("-DOCSTART- O")) {
				assertEquals("", lines.get(i + 1));
				assertTrue(i == 0 || lines.get(i - 1).isEmpty(), "a document starts after a blank line");
			}
		}
	}

	@Test
	void everyLineIsATaggedTokenABlankOrADocstart() throws IOException {
		for (String line : lines()) {
			assertTrue(line.isEmpty() || line.equals("-DOCSTART- O") || LINE.matcher(line).matches(), line);
		}
	}

	@Test
	void anInsideTagContinuesAChunkOfItsOwnType() throws IOException {
		String previous = "O";
		for (String line : lines()) {
			String tag = line.isEmpty() || line.startsWith("-DOCSTART-") ? "O" : line.substring(line.indexOf(' ') + 1);
			if (tag.startsWith("I-")) {
				assertTrue(previous.endsWith(tag.substring(1)), previous + " then " + tag);
			}
			previous = tag;
		}
	}

	@Test
	void theTokensOfEachDocumentAreItsTextWithoutWhiteSpace() throws IOException {
		List<StringBuilder> documents = new ArrayList<>();
		for (String line : lines()) {
			if (line.equals("-DOCSTART- O")) {
				documents.add(new StringBuilder());
			} else if (!line.isEmpty()) {
				documents.get(documents.size() - 1).append(line, 0, line.lastIndexOf(' '));
			}
		}
		List<String> ids = samples.documentIds();
		assertEquals(ids.size(), documents.size());
		for (int i = 0; i < ids.size(); i++) {
			String text = samples.document(ids.get(i)).getText();
			assertEquals(WHITE_SPACE.matcher(text).replaceAll(""), documents.get(i).toString(), ids.get(i));
		}
	}

	@Test
	void everyDocumentHasClaimsAndSourcesTagged() throws IOException {
		String output = Files.readString(target, StandardCharsets.UTF_8);
		for (String document : output.split("-DOCSTART- O\n")) {
			if (!document.isEmpty()) {
				assertTrue(document.contains(" B-CLAIM\n") && document.contains(" B-SOURCE\n"));
			}
		}
	}

	@Test
	void emojiAndTypographicPunctuationAreTokensOfTheirOwn() throws IOException {
		List<String> lines = lines();
		// "… ran the boat 🐟🌊 Time to let us work.”" closes the claim 997..1070 (UTF-16) with its emoji
		int boat = lines.indexOf("boat I-CLAIM");
		assertEquals(List.of("🐟 I-CLAIM", "🌊 I-CLAIM", "Time O"), lines.subList(boat + 1, boat + 4));
		assertTrue(lines.contains("“ O") && lines.contains("” O"));
	}

	@Test
	void theSameCorpusGivesTheSameBytes() throws IOException {
		Path again = folder.resolve("again.conll");
		new ConllExporter().export(samples, ExportOptions.defaults(), again, new NullProgressMonitor());
		assertArrayEquals(Files.readAllBytes(target), Files.readAllBytes(again));
	}

	/**
	 * Seed 7 ranks the samples by SHA-256 of "7:id" (computed with sha256sum): riverton-dam-delay (7997…),
	 * ministry-denies-report (832f…), harbor-fish-stocks (e747…); 1/1/1 cuts them one per split in that order.
	 */
	@Test
	void aSplitExportWritesEachSplitsDocumentsToItsOwnFile() throws IOException {
		Path split = folder.resolve("split");
		new ConllExporter().export(samples, new ExportOptions(CorpusStore.GOLD, OffsetUnit.CODE_POINTS,
				new SplitPlan(1, 1, 1, 7, false)), split, new NullProgressMonitor());

		try (var files = Files.list(split)) {
			assertEquals(List.of("dev.conll", "test.conll", "train.conll"),
					files.map(f -> f.getFileName().toString()).sorted().toList());
		}
		// the single file holds harbor, ministry, riverton in corpus order; each split's file is one of them
		String[] documents = Files.readString(target, StandardCharsets.UTF_8).split("(?=-DOCSTART- O\n)");
		assertEquals(3, documents.length);
		assertEquals(documents[2], Files.readString(split.resolve("train.conll"), StandardCharsets.UTF_8));
		assertEquals(documents[1], Files.readString(split.resolve("dev.conll"), StandardCharsets.UTF_8));
		assertEquals(documents[0], Files.readString(split.resolve("test.conll"), StandardCharsets.UTF_8));
		assertTrue(documents[0].contains("\nKESSICK O\nHARBOR O\n"), "harbor is the test split");
	}

	@Test
	void aCancelledExportLeavesNothing() throws IOException {
		Path out = folder.resolve("cancelled");
		Files.createDirectories(out);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new ConllExporter().export(samples, ExportOptions.defaults(), out.resolve("c.conll"), monitor));
		try (var files = Files.list(out)) {
			assertFalse(files.findAny().isPresent());
		}
	}
}
