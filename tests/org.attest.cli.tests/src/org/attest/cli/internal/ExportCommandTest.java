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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attest export} with a split, inside OSGi on the sample corpus. Seed 7 ranks the samples riverton,
 * ministry, harbor (SHA-256 of "7:id", computed with sha256sum), so 1,1,1 puts one document in each split.
 */
class ExportCommandTest {

	private static final String SAMPLES = System.getProperty("attest.samples");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path folder;

	private int run(String... args) {
		return new AttestApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSplitConllExportIsAFolderOfOneFilePerSplit() throws IOException {
		Path target = folder.resolve("conll");

		assertEquals(0, run("export", "--corpus", SAMPLES, "--format", "conll", "--out", target.toString(), "--split",
				"1,1,1", "--seed", "7"), err.toString(StandardCharsets.UTF_8));

		assertEquals(List.of("dev.conll", "test.conll", "train.conll"), names(target));
		assertEquals(List.of("-DOCSTART- O", "", "BRACKWATER O"),
				Files.readAllLines(target.resolve("train.conll")).subList(0, 3));
		assertEquals(List.of("-DOCSTART- O", "", "VALMORA O"), Files.readAllLines(target.resolve("dev.conll")).subList(0, 3));
		assertEquals(List.of("-DOCSTART- O", "", "KESSICK O"), Files.readAllLines(target.resolve("test.conll")).subList(0, 3));
	}

	@Test
	void aStratifiedSplitBratExportIsOneCollectionPerSplit() throws IOException {
		Path target = folder.resolve("brat");

		assertEquals(0, run("export", "--corpus", SAMPLES, "--format", "brat", "--out", target.toString(), "--split",
				"1,0,1", "--seed", "3", "--stratify"), err.toString(StandardCharsets.UTF_8));

		// mostly-true: riverton (5475…) then harbor (bc84…) by SHA-256 of "3:id", one to train, one to test;
		// unverifiable: ministry alone, half to train and half to test, and train wins the tie
		assertEquals(List.of("dev", "test", "train"), names(target));
		assertEquals(List.of("annotation.conf"), names(target.resolve("dev")));
		assertEquals(List.of("annotation.conf", "ministry-denies-report.ann", "ministry-denies-report.txt",
				"riverton-dam-delay.ann", "riverton-dam-delay.txt"), names(target.resolve("train")));
		assertEquals(List.of("annotation.conf", "harbor-fish-stocks.ann", "harbor-fish-stocks.txt"),
				names(target.resolve("test")));
	}

	@Test
	void theHelpSaysWhereEachFormatPutsTheSplits() {
		assertEquals(0, run("export", "--help"));

		String help = out.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("train.conll, dev.conll, test.conll"), help);
		assertTrue(help.contains("brat writes train/, dev/ and test/"), help);
		assertTrue(help.contains("jsonl still writes one file"), help);
	}
}
