package org.attest.installation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.attest.installation.tests.EclipseInstallation.Run;
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
	private static EclipseInstallation eclipse;

	@BeforeAll
	static void copyThePlainPlatform() throws IOException {
		repositoryZip = Path.of(System.getProperty("attest.repositoryZip"));
		Path plainPlatform = Path.of(System.getProperty("attest.plainPlatform"));
		assertTrue(Files.isRegularFile(repositoryZip), "update site zip not built: " + repositoryZip);
		assertTrue(Files.isDirectory(plainPlatform.resolve("plugins")), "plain platform not built: " + plainPlatform);

		// install into a copy, so the test can run again on the same build
		eclipse = EclipseInstallation.copy(plainPlatform, Path.of(System.getProperty("attest.workDir")).resolve("plain-eclipse"));
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
		Run before = eclipse.run("-application", "org.attest.cli.app", "about");
		assertNotEquals(0, before.exitCode(), "the plain platform already runs Attest:\n" + before.output());
		assertTrue(before.output().contains("\"org.attest.cli.app\" could not be found"), before.output());

		Run install = eclipse.run("-application", "org.eclipse.equinox.p2.director",
				"-repository", "jar:" + repositoryZip.toUri() + "!/", "-installIU", FEATURE_GROUP);
		assertEquals(0, install.exitCode(), "p2 director failed:\n" + install.output());

		Run roots = eclipse.run("-application", "org.eclipse.equinox.p2.director", "-listInstalledRoots");
		assertTrue(roots.output().lines().anyMatch(l -> l.startsWith(FEATURE_GROUP + "/")),
				"the feature is not an installed root:\n" + roots.output());

		Run about = eclipse.run("-application", "org.attest.cli.app", "about");
		assertEquals(0, about.exitCode(), "attest about failed in the installation:\n" + about.output());
		for (String bundle : ATTEST_BUNDLES) {
			assertTrue(about.output().lines().anyMatch(l -> l.matches("  " + bundle.replace(".", "\\.") + " \\S+ (RESOLVED|STARTING|ACTIVE)")),
					bundle + " is not resolved in the installation:\n" + about.output());
		}
		// the command line bundle ran the application, so it started
		assertTrue(about.output().lines().anyMatch(l -> l.matches("  org\\.attest\\.cli \\S+ ACTIVE")), about.output());
		assertFalse(about.output().contains("INSTALLED (unresolved)"), about.output());
	}

}
