package org.attest.installation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

	@Test
	void twoAnnotatorsSynchronizeThroughABareRemoteAndEndWithBothLayers() throws Exception {
		String remote = bareRemote();
		Path lead = work.resolve("lead");
		EclipseInstallation.copyTree(SAMPLES, lead);
		Run shared = attest("sync", "--corpus", lead.toString(), "--annotator", "lead", "--remote", remote);
		assertEquals(0, shared.exitCode(), shared.output());
		assertTrue(shared.output().contains("shared " + lead + " as a Git repository"), shared.output());
		Path alice = work.resolve("alice");
		Path bob = work.resolve("bob");
		for (Path clone : List.of(alice, bob)) {
			Run cloned = attest("clone", remote, clone.toString());
			assertEquals(0, cloned.exitCode(), cloned.output());
			assertTrue(cloned.output().contains("cloned " + remote + " into " + clone + ": 3 documents"), cloned.output());
		}
		String alicesLayer = layerOf(alice, "alice");
		String bobsLayer = layerOf(bob, "bob");

		Run first = attest("sync", "--corpus", alice.toString(), "--annotator", "alice");
		Run second = attest("sync", "--corpus", bob.toString(), "--annotator", "bob", "--message", "bob's first pass");
		Run third = attest("sync", "--corpus", alice.toString(), "--annotator", "alice");

		assertEquals(0, first.exitCode(), first.output());
		assertTrue(first.output().contains("committed 1 file as alice ("), first.output());
		assertTrue(first.output().contains("sent layers/alice/harbor-fish-stocks.attest (added)"), first.output());
		assertFalse(first.output().contains("SLF4J"), "JGit's logging has its provider: " + first.output());
		assertEquals(0, second.exitCode(), second.output());
		assertTrue(second.output().contains("received layers/alice/harbor-fish-stocks.attest (added)"), second.output());
		assertTrue(second.output().contains("synchronized " + bob + " with origin: 1 file received, 1 sent"), second.output());
		assertEquals(0, third.exitCode(), third.output());
		assertTrue(third.output().contains("received layers/bob/harbor-fish-stocks.attest (added)"), third.output());
		for (Path clone : List.of(alice, bob)) {
			assertEquals(alicesLayer, Files.readString(clone.resolve("layers/alice/harbor-fish-stocks.attest")), clone.toString());
			assertEquals(bobsLayer, Files.readString(clone.resolve("layers/bob/harbor-fish-stocks.attest")), clone.toString());
		}
	}

	@Test
	void aConflictingRegistryEditExitsWithOneNamesTheFileAndKeepsIt() throws Exception {
		String remote = bareRemote();
		Path lead = work.resolve("lead");
		EclipseInstallation.copyTree(SAMPLES, lead);
		assertEquals(0, attest("sync", "--corpus", lead.toString(), "--annotator", "lead", "--remote", remote).exitCode());
		Path alice = work.resolve("alice");
		Path bob = work.resolve("bob");
		assertEquals(0, attest("clone", remote, alice.toString()).exitCode());
		assertEquals(0, attest("clone", remote, bob.toString()).exitCode());
		renameRenataCole(alice, "Renata Cole-Ashby");
		String bobsRegistry = renameRenataCole(bob, "Renata K. Cole");
		assertEquals(0, attest("sync", "--corpus", alice.toString(), "--annotator", "alice").exitCode());

		Run run = attest("sync", "--corpus", bob.toString(), "--annotator", "bob");

		assertEquals(1, run.exitCode(), run.output());
		assertTrue(run.output().contains("conflict: corpus.attest"), run.output());
		assertTrue(run.output().contains("Your versions are kept (committed locally) and nothing was pushed"), run.output());
		assertEquals(bobsRegistry, Files.readString(bob.resolve("corpus.attest")));
	}

	@Test
	void syncAndCloneUsageErrorsExitWithTwo() throws Exception {
		Run noCorpus = attest("sync", "--annotator", "alice");
		assertEquals(2, noCorpus.exitCode(), noCorpus.output());
		assertTrue(noCorpus.output().contains("missing option --corpus"), noCorpus.output());

		Run oneArgument = attest("clone", "file:///nowhere.git");
		assertEquals(2, oneArgument.exitCode(), oneArgument.output());
		assertTrue(oneArgument.output().contains("name the remote URL and the folder to clone into"), oneArgument.output());

		Path unshared = work.resolve("unshared");
		EclipseInstallation.copyTree(SAMPLES, unshared);
		Run notShared = attest("sync", "--corpus", unshared.toString(), "--annotator", "alice");
		assertEquals(1, notShared.exitCode(), notShared.output());
		assertTrue(notShared.output().contains(unshared + " is not shared yet"), notShared.output());
	}

	/** The team's empty bare repository, as a file:// URL. */
	private String bareRemote() throws Exception {
		Path remote = work.resolve("remote.git");
		org.eclipse.jgit.api.Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		return remote.toUri().toString();
	}

	/** The annotator's layer of the harbor article: ana's annotations, as if they had made them. */
	private static String layerOf(Path corpus, String annotator) throws IOException {
		String layer = Files.readString(corpus.resolve("layers/ana/harbor-fish-stocks.attest")).replace("annotator=\"ana\"",
				"annotator=\"" + annotator + "\"");
		Files.createDirectories(corpus.resolve("layers").resolve(annotator));
		Files.writeString(corpus.resolve("layers").resolve(annotator).resolve("harbor-fish-stocks.attest"), layer);
		return layer;
	}

	private static String renameRenataCole(Path corpus, String name) throws IOException {
		Path file = corpus.resolve("corpus.attest");
		String edited = Files.readString(file).replace("name=\"Renata Cole\"", "name=\"" + name + "\"");
		Files.writeString(file, edited);
		return edited;
	}
}
