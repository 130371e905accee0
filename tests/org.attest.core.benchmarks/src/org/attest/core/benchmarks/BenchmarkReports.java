package org.attest.core.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What every benchmark's report needs: the machine it ran on, and its section of docs/benchmarks.md. */
public final class BenchmarkReports {

	private BenchmarkReports() {
	}

	/** The processor's model name, as Linux names it. */
	public static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
					.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
		} catch (IOException e) {
			return "unknown CPU";
		}
	}

	/** The last minute's load average (busy machines make slow figures), "unknown" where the system does not say. */
	public static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "unknown";
		}
	}

	/**
	 * Replaces the benchmark's section (between {@code <!-- marker -->} and {@code <!-- /marker -->}) of the file
	 * the build names in {@code attest.benchmarks.out}, or appends it.
	 */
	public static void writeSection(String marker, String section) throws IOException {
		Path file = Path.of(System.getProperty("attest.benchmarks.out"));
		String open = "<!-- " + marker + " -->";
		String close = "<!-- /" + marker + " -->";
		String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		int start = existing.indexOf(open);
		int end = existing.indexOf(close);
		String updated = start >= 0 && end > start
				? existing.substring(0, start) + section.strip() + existing.substring(end + close.length())
				: existing + (existing.endsWith("\n") ? "" : "\n") + section;
		Files.writeString(file, updated);
	}

	/** Deletes a folder and everything in it. */
	public static void deleteTree(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
