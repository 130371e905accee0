package org.attest.installation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attest.installation.tests.EclipseInstallation.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code attest} command as users run it: the CLI application of the built product, started through the
 * launcher, on real files; exit codes 0 (ok), 1 (invalid data), 2 (usage), and messages naming the file.
 */
class CommandLineTest {

	private static final Path SAMPLES = Path.of(System.getProperty("attest.samples"));
	private static EclipseInstallation product;

	@TempDir
	Path work;

	@BeforeAll
	static void copyTheProduct() throws IOException {
		product = EclipseInstallation.copy(Path.of(System.getProperty("attest.products")).resolve("org.attest.product/linux/gtk/x86_64/attest"),
				Path.of(System.getProperty("attest.workDir")).resolve("cli-product"));
	}

	private static Run attest(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("-data", "@none", "-application", "org.attest.cli.app"));
		command.addAll(List.of(arguments));
		return product.run(command.toArray(String[]::new));
	}

	@Test
	void importAFolderThenValidateAndExportEveryFormat() throws Exception {
		Path corpus = work.resolve("corpus");
		Run imported = attest("import", "--corpus", corpus.toString(), SAMPLES.resolve("articles").toString());
		assertEquals(0, imported.exitCode(), imported.output());
		assertTrue(imported.output().contains("3 documents imported, 0 problems"), imported.output());
		assertTrue(Files.isRegularFile(corpus.resolve("documents/harbor-fish-stocks.attest")));

		Run valid = attest("validate", "--corpus", SAMPLES.toString());
		assertEquals(0, valid.exitCode(), valid.output());

		for (String format : List.of("jsonl", "conll", "brat", "webannotation", "claimreview", "csv")) {
			Path out = work.resolve("export." + format);
			Run export = attest("export", "--corpus", SAMPLES.toString(), "--format", format, "--out", out.toString());
			assertEquals(0, export.exitCode(), format + ": " + export.output());
			assertTrue(Files.exists(out), format + " wrote nothing");
		}
		assertEquals(3, Files.readAllLines(work.resolve("export.jsonl"), StandardCharsets.UTF_8).size());
		try (Stream<Path> brat = Files.list(work.resolve("export.brat"))) {
			assertEquals(7, brat.count(), "three .txt, three .ann and annotation.conf");
		}
	}

	@Test
	void aBadFileIsNamedAndTheRestOfTheBatchImports() throws Exception {
		Path articles = Files.createDirectories(work.resolve("articles"));
		Files.copy(SAMPLES.resolve("articles/harbor-fish-stocks.txt"), articles.resolve("good.txt"));
		Files.write(articles.resolve("bad.txt"), new byte[] { 'O', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n' });

		Run run = attest("import", "--corpus", work.resolve("corpus").toString(), articles.toString());

		assertEquals(1, run.exitCode(), run.output());
		assertTrue(run.output().contains(articles.resolve("bad.txt") + ":2: "), run.output());
		assertTrue(run.output().contains("1 documents imported, 1 problems"), run.output());
	}

	@Test
	void aLayerThatBreaksAnInvariantFailsValidationWithItsFileAndOffsets() throws Exception {
		Path corpus = work.resolve("corpus");
		EclipseInstallation.copyTree(SAMPLES, corpus);
		Path layer = corpus.resolve("layers/gold/harbor-fish-stocks.attest");
		Files.writeString(layer, Files.readString(layer).replaceFirst("quote=\"Spring herring", "quote=\"Autumn herring"));

		Run run = attest("validate", "--corpus", corpus.toString());

		assertEquals(1, run.exitCode(), run.output());
		assertTrue(run.output().contains("layers/gold/harbor-fish-stocks.attest [17-105]: error: "), run.output());
	}

	@Test
	void agreementOfTheSamplesAnnotatorsAsATableAndAsJson() throws Exception {
		Run table = attest("agreement", "--corpus", SAMPLES.toString());
		assertEquals(0, table.exitCode(), table.output());
		assertTrue(table.output().contains("Agreement of ana, gold over 3 of 3 documents"), table.output());
		assertTrue(table.output().contains("  harbor-fish-stocks gold claim [532-647] "), table.output());

		Run json = attest("agreement", "--corpus", SAMPLES.toString(), "--json", "--csv", work.resolve("agreement.csv").toString());
		assertEquals(0, json.exitCode(), json.output());
		assertTrue(json.output().contains("\"measure\": \"cohens-kappa\""), json.output());
		assertEquals("scope,document,annotators,measure,value,n",
				Files.readAllLines(work.resolve("agreement.csv"), StandardCharsets.UTF_8).get(0));

		Run unknown = attest("agreement", "--corpus", SAMPLES.toString(), "--annotators", "ana,zoe");
		assertEquals(2, unknown.exitCode(), unknown.output());
		assertTrue(unknown.output().contains("no layers of annotator 'zoe'"), unknown.output());
	}

	@Test
	void usageErrorsExitWithTwo() throws Exception {
		Run unknownFormat = attest("export", "--corpus", SAMPLES.toString(), "--format", "xml", "--out", work.resolve("x").toString());
		assertEquals(2, unknownFormat.exitCode(), unknownFormat.output());
		assertTrue(unknownFormat.output().contains("unknown format 'xml'"), unknownFormat.output());

		Run missing = attest("validate");
		assertEquals(2, missing.exitCode(), missing.output());
		assertTrue(missing.output().contains("missing option --corpus"), missing.output());

		Run help = attest("export", "--help");
		assertEquals(0, help.exitCode(), help.output());
		assertTrue(help.output().contains("Usage: attest export"), help.output());
	}

	@Test
	void aLeadAssignsDocumentsAndFollowsTheProgress() throws Exception {
		Path corpus = work.resolve("corpus");
		EclipseInstallation.copyTree(SAMPLES, corpus);

		Run assign = attest("assign", "--corpus", corpus.toString(), "--annotator", "ana", "harbor-fish-stocks",
				"riverton-dam-delay");
		Run progress = attest("progress", "--corpus", corpus.toString(), "--annotator", "ana");

		assertEquals(0, assign.exitCode(), assign.output());
		assertTrue(assign.output().contains("assigned 2 documents to ana; 2 on the worklist"), assign.output());
		assertEquals(0, progress.exitCode(), progress.output());
		// the samples' ana layers are all in progress, 9 claims each
		assertTrue(progress.output().contains("ana: 2 assigned (0 to do, 2 in progress, 0 done); 1 other layers"),
				progress.output());
		assertTrue(progress.output().contains("  riverton-dam-delay  in-progress  9 claims  assigned"), progress.output());
	}
}
