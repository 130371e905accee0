package org.attest.core.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The file work of recovery snapshots: generations, deletion, hashes. */
final class RecoveryFolders {

	private RecoveryFolders() {
	}

	/** The generation numbers in a snapshot folder, highest first. */
	static List<Long> generations(Path snapshot) throws IOException {
		if (!Files.isDirectory(snapshot)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(snapshot)) {
			return children.filter(Files::isDirectory).map(child -> parse(child.getFileName().toString()))
					.filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).sorted(Comparator.reverseOrder()).toList();
		}
	}

	static void deleteGenerationsBefore(Path snapshot, long generation) throws IOException {
		for (long older : generations(snapshot)) {
			if (older < generation) {
				deleteRecursively(snapshot.resolve(Long.toString(older)));
			}
		}
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.delete(path);
				} catch (NoSuchFileException e) {
					// gone already
				}
			}
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	private static OptionalLong parse(String name) {
		if (name.isEmpty() || name.length() > 18 || !name.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(name));
	}
}
