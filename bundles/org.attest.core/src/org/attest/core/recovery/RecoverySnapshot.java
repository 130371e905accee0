package org.attest.core.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.attest.core.store.CorpusStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * One snapshot of a corpus's unsaved work as a {@link RecoveryStore} found it: what its manifest says, and which
 * of its files are damaged (a size or SHA-256 other than the manifest's: those are {@link #problems()} and are
 * not restored; the others are).
 */
public final class RecoverySnapshot {

	private final Path folder;
	private final long generation;
	private final RecoveryManifest manifest;
	private final List<RecoveryManifest.File> intact;
	private final List<String> problems;

	private RecoverySnapshot(Path folder, long generation, RecoveryManifest manifest, List<RecoveryManifest.File> intact,
			List<String> problems) {
		this.folder = folder;
		this.generation = generation;
		this.manifest = manifest;
		this.intact = intact;
		this.problems = problems;
	}

	static RecoverySnapshot read(Path folder, long generation, RecoveryManifest manifest) throws IOException {
		// a manifest whose time or corpus cannot be read is unreadable, not a snapshot of some time or place
		Instant.parse(manifest.time());
		Path.of(manifest.corpus());
		List<RecoveryManifest.File> intact = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Path files = folder.resolve(Long.toString(generation)).resolve(RecoveryManifest.FILES);
		for (RecoveryManifest.File file : manifest.files()) {
			Path location = files.resolve(file.path()).normalize();
			if (!location.startsWith(files) || !Files.isRegularFile(location)) {
				problems.add(NLS.bind(Messages.RecoverySnapshot_missing, location));
				continue;
			}
			byte[] content = Files.readAllBytes(location);
			if (content.length != file.size() || !RecoveryFolders.sha256(content).equals(file.sha256())) {
				problems.add(NLS.bind(Messages.RecoverySnapshot_damaged, new Object[] { location, content.length, file.size() }));
				continue;
			}
			intact.add(file);
		}
		return new RecoverySnapshot(folder, generation, manifest, List.copyOf(intact), List.copyOf(problems));
	}

	/** The snapshot's folder in its {@link RecoveryStore}. */
	public Path folder() {
		return folder;
	}

	long generation() {
		return generation;
	}

	/** The corpus folder whose work this is. */
	public Path corpus() {
		return Path.of(manifest.corpus());
	}

	public String annotator() {
		return manifest.annotator();
	}

	/** When the snapshot was written: the unsaved work as it was then. */
	public Instant time() {
		return Instant.parse(manifest.time());
	}

	/** The ids of the documents whose layers it holds. */
	public List<String> documents() {
		return manifest.documents() == null ? List.of() : manifest.documents();
	}

	/** Every file the snapshot holds, intact or not, by path relative to the corpus folder. */
	public List<String> files() {
		return manifest.files().stream().map(RecoveryManifest.File::path).toList();
	}

	/** The damaged or missing files, each named; their changes cannot be restored. */
	public List<String> problems() {
		return problems;
	}

	/**
	 * Whether restoring would change anything: some intact file's content is not what the corpus has saved (a
	 * snapshot equal to the saved files is one whose save finished but whose deletion a crash prevented).
	 */
	public boolean differsFromSaved() throws IOException {
		for (RecoveryManifest.File file : intact) {
			Path saved = corpus().resolve(file.path());
			if (!Files.isRegularFile(saved) || !Arrays.equals(Files.readAllBytes(saved), Files.readAllBytes(location(file)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Restores the snapshot's intact files into the store, the corpus file first, as unsaved changes (see
	 * {@link CorpusStore#restore}): the files on disk stay as they are until the store saves. A file that cannot
	 * be restored is a problem naming it and the others are restored all the same.
	 *
	 * @throws IllegalArgumentException when the store is of another corpus
	 */
	public Restored restoreInto(CorpusStore store) throws IOException {
		if (!store.folder().toAbsolutePath().normalize().equals(corpus())) {
			throw new IllegalArgumentException(store.folder() + " is not " + corpus()); //$NON-NLS-1$
		}
		List<Resource> restored = new ArrayList<>();
		List<String> failures = new ArrayList<>(problems);
		for (RecoveryManifest.File file : intact) {
			Path location = location(file);
			try {
				restored.add(store.restore(file.path(), Files.readAllBytes(location), location));
			} catch (IOException e) {
				failures.add(e.getMessage());
			}
		}
		return new Restored(List.copyOf(restored), List.copyOf(failures));
	}

	/** Deletes the snapshot. */
	public void discard() throws IOException {
		RecoveryFolders.deleteRecursively(folder);
	}

	private Path location(RecoveryManifest.File file) {
		return folder.resolve(Long.toString(generation)).resolve(RecoveryManifest.FILES).resolve(file.path());
	}

	/** The document ids of layer paths ({@code layers/<annotator>/<id>.attest}), in order, each once. */
	static List<String> documentsOf(Collection<String> paths) {
		String layers = CorpusStore.LAYERS_FOLDER + '/';
		String extension = '.' + CorpusStore.FILE_EXTENSION;
		return paths.stream().filter(path -> path.startsWith(layers) && path.endsWith(extension))
				.map(path -> path.substring(path.lastIndexOf('/') + 1, path.length() - extension.length())).distinct().toList();
	}

	@Override
	public String toString() {
		return folder + " (" + manifest.corpus() + ", " + manifest.time() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** What {@link RecoverySnapshot#restoreInto} restored, and the files it could not, each named. */
	public record Restored(List<Resource> resources, List<String> problems) {
	}
}
