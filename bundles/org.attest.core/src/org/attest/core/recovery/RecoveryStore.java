package org.attest.core.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.attest.core.store.AtomicFileWriter;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonParseException;

/**
 * A folder of recovery snapshots, outside every corpus (so that no Git commit, validation or import of a corpus
 * ever meets one): one snapshot folder per corpus per process that had unsaved work in it, each written by a
 * {@link RecoveryWriter}. {@link #list()} says what can be recovered, naming any file that cannot.
 *
 * <pre>
 * &lt;root&gt;/&lt;snapshot&gt;/&lt;generation&gt;/manifest.json            corpus, annotator, time, documents, files
 * &lt;root&gt;/&lt;snapshot&gt;/&lt;generation&gt;/files/corpus.attest
 * &lt;root&gt;/&lt;snapshot&gt;/&lt;generation&gt;/files/layers/&lt;annotator&gt;/&lt;id&gt;.attest
 * </pre>
 */
public final class RecoveryStore {

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Path root;
	private final AtomicFileWriter files = new AtomicFileWriter();
	private final Clock clock;

	public RecoveryStore(Path root) {
		this(root, Clock.systemUTC());
	}

	RecoveryStore(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	public Path root() {
		return root;
	}

	/** A writer of a new snapshot folder of its own (created at its first write), so it never replaces another's. */
	public RecoveryWriter newWriter() {
		String name = FOLDER_TIME.format(clock.instant()) + '-' + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		return new RecoveryWriter(root.resolve(name), 0, files, clock);
	}

	/** A writer that goes on from a snapshot, for the work restored from it: its next write replaces it. */
	public RecoveryWriter continueWriting(RecoverySnapshot snapshot) {
		return new RecoveryWriter(snapshot.folder(), snapshot.generation(), files, clock);
	}

	/**
	 * Every snapshot that can be restored, oldest first, and what cannot be read: a manifest that does not parse
	 * is a problem naming it (that generation is skipped for an older complete one, if any). A generation without
	 * a manifest is a write a crash interrupted, and is passed over in silence. Damaged files of a readable
	 * snapshot are its {@link RecoverySnapshot#problems() problems}.
	 */
	public Listing list() throws IOException {
		List<RecoverySnapshot> snapshots = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return new Listing(List.of(), List.of());
		}
		List<Path> folders;
		try (Stream<Path> children = Files.list(root)) {
			folders = children.filter(Files::isDirectory).sorted().toList();
		}
		for (Path folder : folders) {
			for (long generation : RecoveryFolders.generations(folder)) {
				Path manifestFile = folder.resolve(Long.toString(generation)).resolve(RecoveryManifest.NAME);
				if (!Files.isRegularFile(manifestFile)) {
					continue;
				}
				try {
					RecoveryManifest manifest = RecoveryManifest.fromJson(Files.readString(manifestFile, StandardCharsets.UTF_8));
					snapshots.add(RecoverySnapshot.read(folder, generation, manifest));
					break;
				} catch (IOException | JsonParseException | DateTimeException | InvalidPathException e) {
					problems.add(NLS.bind(Messages.RecoveryStore_unreadableManifest, manifestFile, e.getMessage()));
				}
			}
		}
		snapshots.sort(Comparator.comparing(RecoverySnapshot::time));
		return new Listing(List.copyOf(snapshots), List.copyOf(problems));
	}

	/** The snapshots of the corpus in {@code folder}, oldest first. */
	public List<RecoverySnapshot> list(Path corpus) throws IOException {
		Path folder = corpus.toAbsolutePath().normalize();
		return list().snapshots().stream().filter(snapshot -> snapshot.corpus().equals(folder)).toList();
	}

	/** What {@link RecoveryStore#list()} found: the snapshots, and the manifests it could not read. */
	public record Listing(List<RecoverySnapshot> snapshots, List<String> problems) {
	}
}
