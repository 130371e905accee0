package org.attest.installation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.attest.installation.tests.EclipseInstallation.Run;
import org.junit.jupiter.api.Test;

/**
 * The standalone workbench product: branded as Attest, opening the IDE application, carrying p2's UI, its
 * Attest bundles resolving when started, and archived for every platform whose SWT is on Maven Central.
 */
class WorkbenchProductTest {

	private static final Path PRODUCTS = Path.of(System.getProperty("attest.products"));
	private static final Path LINUX = PRODUCTS.resolve("org.attest.product/linux/gtk/x86_64/attest");

	@Test
	void theProductStartsTheIdeApplicationBrandedAsAttest() throws IOException {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(LINUX.resolve("configuration/config.ini"))) {
			config.load(in);
		}
		assertEquals("org.attest.ui.workbench", config.getProperty("eclipse.product"));
		assertEquals("org.eclipse.ui.ide.workbench", config.getProperty("eclipse.application"));

		String bundles = Files.readString(LINUX.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		for (String bundle : List.of("org.attest.ui", "org.attest.cli", "org.eclipse.equinox.p2.ui.sdk",
				"org.eclipse.equinox.p2.transport.ecf", "org.eclipse.ui.ide.application")) {
			assertTrue(bundles.lines().anyMatch(l -> l.startsWith(bundle + ",")), bundle + " is not in the product");
		}
	}

	@Test
	void theProductsAttestBundlesResolveWhenItStarts() throws Exception {
		EclipseInstallation product = EclipseInstallation.copy(LINUX,
				Path.of(System.getProperty("attest.workDir")).resolve("attest-product"));

		Run about = product.run("-application", "org.attest.cli.app", "about");

		assertEquals(0, about.exitCode(), about.output());
		for (String bundle : List.of("org.attest.cli", "org.attest.core", "org.attest.model", "org.attest.model.edit", "org.attest.ui")) {
			assertTrue(about.output().lines().anyMatch(l -> l.matches("  " + bundle.replace(".", "\\.") + " \\S+ (RESOLVED|STARTING|ACTIVE)")),
					bundle + " is not resolved in the product:\n" + about.output());
		}
	}

	@Test
	void archivesExistForLinuxWindowsAndMacWithTheirOwnSwt() throws IOException {
		assertArchiveHolds("attest-workbench-0.1.0-SNAPSHOT-linux.gtk.x86_64.tar.gz", "org.eclipse.swt.gtk.linux.x86_64_");
		assertArchiveHolds("attest-workbench-0.1.0-SNAPSHOT-win32.win32.x86_64.zip", "org.eclipse.swt.win32.win32.x86_64_");
		assertArchiveHolds("attest-workbench-0.1.0-SNAPSHOT-macosx.cocoa.aarch64.tar.gz", "org.eclipse.swt.cocoa.macosx.aarch64_");
	}

	private static void assertArchiveHolds(String archive, String swtPrefix) throws IOException {
		List<String> names = entries(PRODUCTS.resolve(archive));
		assertTrue(names.stream().anyMatch(n -> n.contains("plugins/org.attest.ui_")), archive + " lacks org.attest.ui");
		assertTrue(names.stream().anyMatch(n -> n.contains("plugins/" + swtPrefix)), archive + " lacks " + swtPrefix);
	}

	private static List<String> entries(Path archive) throws IOException {
		if (archive.toString().endsWith(".zip")) {
			try (ZipFile zip = new ZipFile(archive.toFile())) {
				return zip.stream().map(e -> e.getName()).toList();
			}
		}
		List<String> names = new ArrayList<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}
}
