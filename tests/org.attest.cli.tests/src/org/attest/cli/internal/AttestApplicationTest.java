package org.attest.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The command line's dispatch, exit codes and the {@code about} command, run inside OSGi. */
class AttestApplicationTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new AttestApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aboutListsEveryAttestBundleOfTheRuntimeAsResolved() {
		assertEquals(0, run("about"));

		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("Attest 0.1.0"), out());
		for (String bundle : List.of("org.attest.cli", "org.attest.core", "org.attest.model", "org.attest.model.edit")) {
			assertTrue(lines.stream().anyMatch(l -> l.matches("  " + bundle.replace(".", "\\.") + " \\S+ (ACTIVE|STARTING|RESOLVED)")),
					() -> bundle + " missing or unresolved in:\n" + out());
		}
		assertTrue(lines.stream().anyMatch(l -> l.matches("  org\\.attest\\.cli \\S+ ACTIVE")), out());
		assertEquals("", err());
	}

	@Test
	void noArgumentsPrintsUsageAndIsAUsageError() {
		assertEquals(2, run());
		assertTrue(out().startsWith("Usage: attest <command>"), out());
	}

	@Test
	void helpPrintsUsageAndSucceeds() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("about"), out());
	}

	@Test
	void unknownCommandIsNamedInTheError() {
		assertEquals(2, run("exprot"));
		assertTrue(err().startsWith("attest: unknown command 'exprot'"), err());
	}

	@Test
	void aboutHasHelpAndRejectsArguments() {
		assertEquals(0, run("about", "--help"));
		assertTrue(out().startsWith("Usage: attest about"), out());
		assertEquals(2, run("about", "--verbose"));
		assertTrue(err().contains("unexpected argument '--verbose'"), err());
	}

	@Test
	void syncAndCloneAreListedAndHaveHelp() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("  sync      commit your layers, merge the team's Git remote and push"), out());
		assertTrue(out().contains("  clone     clone the team's shared corpus from a Git remote"), out());
		assertEquals(0, run("sync", "--help"));
		assertTrue(out().contains("Usage: attest sync --corpus DIR [--annotator NAME] [--remote URL] [--message TEXT]"), out());
		assertEquals(0, run("clone", "--help"));
		assertTrue(out().contains("Usage: attest clone URL DIR"), out());
	}

	@Test
	void syncRefusesAPositionalArgument() {
		assertEquals(2, run("sync", "--corpus", "samples", "extra"));
		assertTrue(err().startsWith("attest sync: unexpected argument 'extra'"), err());
	}
}
