package org.attest.core.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.core.store.AtomicFileWriter;

/**
 * Writes the snapshots of one corpus's unsaved work, each replacing the one before, into a snapshot folder of a
 * {@link RecoveryStore}. A snapshot is written whole into a new generation folder, its files first and its
 * manifest last, and only then is the previous generation deleted: a crash at any moment leaves the previous
 * snapshot or the new one complete, and a generation without a manifest is never read. Thread-safe: a write and
 * a discard never overlap.
 */
public final class RecoveryWriter {

	private final Path folder;
	private final AtomicFileWriter files;
	private final Clock clock;
	private long generation;
	private boolean closed;

	RecoveryWriter(Path folder, long generation, AtomicFileWriter files, Clock clock) {
		this.folder = folder;
		this.generation = generation;
		this.files = files;
		this.clock = clock;
	}

	/** The snapshot folder this writer writes. */
	public Path folder() {
		return folder;
	}

	/** Writes a snapshot of the files, replacing the previous one; does nothing once {@link #close closed}. */
	public synchronized void write(UnsavedFiles unsaved) throws IOException {
		if (closed) {
			return;
		}
		long next = generation + 1;
		Path target = folder.resolve(Long.toString(next));
		RecoveryFolders.deleteRecursively(target); // what an interrupted write of this generation left
		List<RecoveryManifest.File> written = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : unsaved.files().entrySet()) {
			files.write(target.resolve(RecoveryManifest.FILES).resolve(file.getKey()), file.getValue());
			written.add(new RecoveryManifest.File(file.getKey(), RecoveryFolders.sha256(file.getValue()), file.getValue().length));
		}
		RecoveryManifest manifest = new RecoveryManifest(RecoveryManifest.VERSION, unsaved.corpus().toString(),
				unsaved.annotator(), clock.instant().toString(), unsaved.documents(), written);
		files.write(target.resolve(RecoveryManifest.NAME), manifest.toJson().getBytes(StandardCharsets.UTF_8));
		generation = next;
		RecoveryFolders.deleteGenerationsBefore(folder, next);
	}

	/** Deletes the snapshot; a later {@link #write} starts a new one in the same folder. */
	public synchronized void discard() throws IOException {
		RecoveryFolders.deleteRecursively(folder);
	}

	/**
	 * Deletes the snapshot for good, after a write under way has finished: the work it held was saved or given
	 * up, and later writes do nothing.
	 */
	public synchronized void close() throws IOException {
		closed = true;
		discard();
	}
}
