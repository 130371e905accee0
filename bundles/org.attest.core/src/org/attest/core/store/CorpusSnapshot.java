package org.attest.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The corpus files as saved at one moment, in a temporary folder of their own, for work that reads the whole
 * corpus while annotators keep saving (an export): {@code corpus.attest}, {@code documents/*} and
 * {@code layers/<annotator>/*} (of every annotator, or of one), without what unfinished saves left
 * ({@code *.saving}). Each file is a hard link to the saved one: saves never write into a file but replace it by
 * a rename ({@link AtomicFileWriter}), so the link keeps the content it was taken with, and taking it costs no
 * copy. Where the file system cannot link (another volume, FAT), the files are copied. The snapshot is taken
 * under the folder's save lock ({@link CorpusFolderLocks}), so a save of this JVM (a layer with the corpus file
 * it names sources of) is in it whole or not at all. Closing it deletes the folder.
 * <p>
 * While in use, a snapshot holds a lock on a file beside its folder ({@code <folder>.lock}); taking a snapshot
 * deletes the snapshots beside the corpus whose lock no process holds, which a process killed midway left.
 */
public final class CorpusSnapshot implements AutoCloseable {

	/** Puts the saved file {@code existing} into the snapshot at {@code link}, without copying it. */
	@FunctionalInterface
	interface FileLinker {
		void link(Path link, Path existing) throws IOException;
	}

	private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$
	/** How old a snapshot folder without lock file must be to count as left behind, not as being taken. */
	private static final Duration UNLOCKED_AGE = Duration.ofMinutes(1);
	/** The folders of the snapshots this process has open. */
	private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

	private final Path corpus;
	private final Path folder;
	private final FileChannel lock;
	private int linked;
	private int copied;

	private CorpusSnapshot(Path corpus, Path folder, FileChannel lock) {
		this.corpus = corpus;
		this.folder = folder;
		this.lock = lock;
	}

	/**
	 * Takes a snapshot of the corpus in {@code corpus}, in a hidden folder beside it (the same file system, so
	 * that files link), or in the system's temporary folder when nothing can be written beside it. Cancelling
	 * the monitor stops it, deleting what was taken.
	 */
	public static CorpusSnapshot take(Path corpus, IProgressMonitor monitor) throws IOException {
		return take(corpus, annotator -> true, Files::createLink, monitor);
	}

	/**
	 * Takes a snapshot as {@link #take(Path, IProgressMonitor)} does, with the layers of one annotator only (what
	 * an export reads): the fewer files, the sooner it is taken, and the less a save started meanwhile waits.
	 */
	public static CorpusSnapshot take(Path corpus, String annotator, IProgressMonitor monitor) throws IOException {
		return take(corpus, annotator::equals, Files::createLink, monitor);
	}

	static CorpusSnapshot take(Path corpus, Predicate<String> annotators, FileLinker linker, IProgressMonitor monitor)
			throws IOException {
		Path corpusFile = corpus.resolve(CorpusStore.CORPUS_FILE);
		if (!Files.isRegularFile(corpusFile)) {
			throw new NoSuchFileException(corpusFile.toString(), null, Messages.CorpusStore_notACorpus);
		}
		CorpusSnapshot snapshot = create(corpus);
		try {
			ReentrantLock lock = CorpusFolderLocks.of(corpus);
			lock.lock();
			try {
				snapshot.fill(annotators, linker, monitor);
			} finally {
				lock.unlock();
			}
			return snapshot;
		} catch (IOException | RuntimeException e) {
			try {
				snapshot.close();
			} catch (IOException notDeleted) {
				e.addSuppressed(notDeleted);
			}
			throw e;
		}
	}

	/**
	 * Makes the snapshot's empty folder, beside the corpus or else in the system's temporary folder, its lock file
	 * locked before the folder exists, so that no other process ever sees the folder unlocked.
	 */
	private static CorpusSnapshot create(Path corpus) throws IOException {
		Path absolute = corpus.toAbsolutePath().normalize();
		String prefix = "." + absolute.getFileName() + ".snapshot"; //$NON-NLS-1$ //$NON-NLS-2$
		Path lockFile;
		try {
			deleteAbandoned(absolute.getParent(), prefix);
			lockFile = Files.createTempFile(absolute.getParent(), prefix, LOCK_SUFFIX);
		} catch (IOException | RuntimeException e) {
			// a read-only parent, or a corpus at the root of a file system: copies will do
			lockFile = Files.createTempFile(prefix, LOCK_SUFFIX);
		}
		FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.WRITE);
		try {
			lock.lock();
			String name = lockFile.getFileName().toString();
			Path folder = lockFile.resolveSibling(name.substring(0, name.length() - LOCK_SUFFIX.length()));
			IN_USE.add(folder);
			Files.createDirectory(folder);
			return new CorpusSnapshot(corpus, folder, lock);
		} catch (IOException | RuntimeException e) {
			lock.close();
			Files.delete(lockFile);
			IN_USE.remove(folderOf(lockFile));
			throw e;
		}
	}

	private static Path lockFile(Path folder) {
		return folder.resolveSibling(folder.getFileName() + LOCK_SUFFIX);
	}

	/**
	 * Deletes the snapshots in {@code parent} whose lock no process holds (those of exports killed midway), and
	 * lock files left without their folder. One that cannot be deleted is left for the next time; it costs disk
	 * space only.
	 */
	private static void deleteAbandoned(Path parent, String prefix) throws IOException {
		List<Path> folders;
		try (Stream<Path> entries = Files.list(parent)) {
			folders = entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).map(CorpusSnapshot::folderOf)
					.distinct().toList();
		}
		for (Path folder : folders) {
			try {
				if (isAbandoned(folder)) {
					delete(folder);
					Files.deleteIfExists(lockFile(folder));
				}
			} catch (IOException | RuntimeException e) {
				// in use after all, or not ours to delete: left as it is
			}
		}
	}

	/** The snapshot folder that an entry beside the corpus (a snapshot's folder or lock file) belongs to. */
	private static Path folderOf(Path entry) {
		String name = entry.getFileName().toString();
		return name.endsWith(LOCK_SUFFIX) ? entry.resolveSibling(name.substring(0, name.length() - LOCK_SUFFIX.length()))
				: entry;
	}

	private static boolean isAbandoned(Path folder) throws IOException {
		if (IN_USE.contains(folder)) {
			// not even opened: closing a channel to the file could release this process's lock on it
			return false;
		}
		Path lockFile = lockFile(folder);
		if (!Files.exists(lockFile)) {
			// not made by this class as it is now: left alone while it may still be in use
			return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(UNLOCKED_AGE));
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			return channel.tryLock() != null; // released when the channel closes
		}
	}

	private void fill(Predicate<String> annotators, FileLinker linker, IProgressMonitor monitor) throws IOException {
		List<Path> files = savedFiles(annotators);
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		boolean linking = true;
		Set<Path> folders = new HashSet<>();
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Path to = folder.resolve(corpus.relativize(file).toString());
			if (folders.add(to.getParent())) {
				Files.createDirectories(to.getParent());
			}
			if (linking) {
				try {
					linker.link(to, file);
					linked++;
					progress.worked(1);
					continue;
				} catch (IOException | UnsupportedOperationException e) {
					// the file system links no file (another volume, FAT): every other file would fail alike
					linking = false;
				}
			}
			Files.copy(file, to);
			copied++;
			progress.worked(1);
		}
	}

	/** The saved files in the folders the store reads, the layers of the annotators given only; the corpus file first. */
	private List<Path> savedFiles(Predicate<String> annotators) throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(corpus.resolve(CorpusStore.CORPUS_FILE));
		files.addAll(filesIn(corpus.resolve(CorpusStore.DOCUMENTS_FOLDER)));
		Path layers = corpus.resolve(CorpusStore.LAYERS_FOLDER);
		if (Files.isDirectory(layers)) {
			try (Stream<Path> folders = Files.list(layers)) {
				for (Path annotator : folders.filter(Files::isDirectory)
						.filter(folder -> annotators.test(folder.getFileName().toString())).sorted().toList()) {
					files.addAll(filesIn(annotator));
				}
			}
		}
		return files;
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> Files.isRegularFile(file)
					&& !file.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX)).sorted().toList();
		}
	}

	/** The folder holding the snapshot, a corpus folder that {@link CorpusStore#open(Path)} reads. */
	public Path folder() {
		return folder;
	}

	/** How many files are hard links to the saved ones. */
	public int linkedFiles() {
		return linked;
	}

	/** How many files had to be copied, since the file system could not link them. */
	public int copiedFiles() {
		return copied;
	}

	/**
	 * The message with the snapshot's files named as the corpus's files they were taken of, so that an error
	 * met reading the snapshot names the file the user can open and correct.
	 */
	public String inCorpusTerms(String message) {
		return message == null ? null : message.replace(folder.toString(), corpus.toString());
	}

	/** Deletes the snapshot's folder and lock file; the corpus's files are untouched. */
	@Override
	public void close() throws IOException {
		if (lock.isOpen()) {
			lock.close(); // releases the lock
		}
		delete(folder);
		Files.deleteIfExists(lockFile(folder));
		IN_USE.remove(folder);
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
