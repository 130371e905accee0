package org.attest.installation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What "installs into Eclipse" means for Attest: p2's director application, run by a plain Eclipse platform
 * that has never seen Attest, installs {@code org.attest.feature} from the update-site zip (as Help > Install
 * New Software > Add > Archive does), and the installation then starts headless with every Attest bundle
 * resolved.
 */
class InstallIntoPlainEclipseTest {

	private static final String FEATURE_GROUP = "org.attest.feature.feature.group";
	private static final List<String> ATTEST_BUNDLES = List.of("org.attest.cli", "org.attest.core", "org.attest.model",
			"org.attest.model.edit", "org.attest.ui");

	private static Path repositoryZip;
	private static Path installation;

	@BeforeAll
	static void copyThePlainPlatform() throws IOException {
		repositoryZip = Path.of(System.getProperty("attest.repositoryZip"));
		Path plainPlatform = Path.of(System.getProperty("attest.plainPlatform"));
		assertTrue(Files.isRegularFile(repositoryZip), "update site zip not built: " + repositoryZip);
		assertTrue(Files.isDirectory(plainPlatform.resolve("plugins")), "plain platform not built: " + plainPlatform);

		// install into a copy, so the test can run again on the same build
		installation = Path.of(System.getProperty("attest.workDir")).resolve("eclipse");
		deleteRecursively(installation);
		copyRecursively(plainPlatform, installation);
	}

	@Test
	void theUpdateSiteZipHoldsTheFeatureAndItsBundles() throws IOException {
		try (ZipFile zip = new ZipFile(repositoryZip.toFile())) {
			List<String> entries = zip.stream().map(e -> e.getName()).toList();
			assertTrue(entries.contains("content.jar") || entries.contains("content.xml.xz"), entries::toString);
			assertTrue(entries.stream().anyMatch(e -> e.matches("features/org\\.attest\\.feature_[^/]+\\.jar")),
					"no org.attest.feature in " + entries);
			for (String bundle : ATTEST_BUNDLES) {
				assertTrue(entries.stream().anyMatch(e -> e.matches("plugins/" + bundle.replace(".", "\\.") + "_[^/_]+\\.jar")),
						"no bundle " + bundle + " in " + entries);
			}
		}
	}

	@Test
	void attestInstallsIntoAPlainEclipseAndItsBundlesResolveAndStart() throws Exception {
		Run before = eclipse("-application", "org.attest.cli.app", "about");
		assertNotEquals(0, before.exitCode(), "the plain platform already runs Attest:\n" + before.output());

		Run install = eclipse("-application", "org.eclipse.equinox.p2.director",
				"-repository", "jar:" + repositoryZip.toUri() + "!/", "-installIU", FEATURE_GROUP);
		assertEquals(0, install.exitCode(), "p2 director failed:\n" + install.output());

		Run roots = eclipse("-application", "org.eclipse.equinox.p2.director", "-listInstalledRoots");
		assertTrue(roots.output().lines().anyMatch(l -> l.startsWith(FEATURE_GROUP + "/")),
				"the feature is not an installed root:\n" + roots.output());

		Run about = eclipse("-application", "org.attest.cli.app", "about");
		assertEquals(0, about.exitCode(), "attest about failed in the installation:\n" + about.output());
		for (String bundle : ATTEST_BUNDLES) {
			assertTrue(about.output().lines().anyMatch(l -> l.matches("  " + bundle.replace(".", "\\.") + " \\S+ (RESOLVED|STARTING|ACTIVE)")),
					bundle + " is not resolved in the installation:\n" + about.output());
		}
		// the command line bundle ran the application, so it started
		assertTrue(about.output().lines().anyMatch(l -> l.matches("  org\\.attest\\.cli \\S+ ACTIVE")), about.output());
		assertFalse(about.output().contains("INSTALLED (unresolved)"), about.output());
	}

	private record Run(int exitCode, String output) {
	}

	/** Starts the installation through its launcher jar (native launchers are not on Maven Central). */
	private static Run eclipse(String... arguments) throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + installation));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", launcher.toString(), "-nosplash", "-consoleLog"));
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile(Path.of(System.getProperty("attest.workDir")), "eclipse-", ".log");
		Process process = new ProcessBuilder(command).directory(installation.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + command + "\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
				Files.delete(path);
			}
		}
	}
}
