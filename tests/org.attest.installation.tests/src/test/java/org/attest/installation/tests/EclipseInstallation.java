package org.attest.installation.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An Eclipse installation on disk, started as the README starts Attest: through its launcher jar with the JDK
 * running the tests (native launchers are not on Maven Central).
 */
final class EclipseInstallation {

	/** The exit code and the console output (standard output and error, with -consoleLog) of one start. */
	record Run(int exitCode, String output) {
	}

	private final Path root;

	EclipseInstallation(Path root) {
		this.root = root;
	}

	Path root() {
		return root;
	}

	/** Copies the installation at {@code from} to {@code to} (replacing what is there) and returns the copy. */
	static EclipseInstallation copy(Path from, Path to) throws IOException {
		deleteRecursively(to);
		copyTree(from, to);
		return new EclipseInstallation(to);
	}

	/** Copies a folder tree. */
	static void copyTree(Path from, Path to) throws IOException {
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

	/** Starts the installation with the given Eclipse arguments and waits (at most five minutes) for it to end. */
	Run run(String... arguments) throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_[^/]*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + root));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", launcher.toString(), "-nosplash", "-consoleLog"));
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile(root.getParent(), "eclipse-", ".log");
		Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + command + "\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
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
