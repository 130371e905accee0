package org.attest.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.attest.model.AttestPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Large documents and layers in EMF's binary form, in a folder outside every corpus (the workbench keeps it in
 * its workspace's state location): a layer of 20,000 spans loads about three times faster from it than from its
 * XMI file, which an annotation editor waits for when it opens a large document. Derived data only, never
 * written back: an entry is named by a SHA-256 digest of the model's namespace, the file's location and its
 * version, so it stands only for the file it was made from; an entry that does not load is deleted and the XMI
 * file read instead, and any entry may be deleted at any time.
 * <p>
 * Entries are made on a thread of their own, a moment after a read or a save, from the bytes it had in hand,
 * so that neither waits for them; the least recently used go once the folder holds more than its limit.
 * Thread-safe.
 */
public final class CorpusFileCache {

	private static final String SUFFIX = ".entry"; //$NON-NLS-1$
	private static final String PARTIAL = ".partial"; //$NON-NLS-1$
	/** EMF's binary form, read and written through a buffer of its own rather than byte by byte from the stream. */
	private static final Map<Object, Object> BINARY = Map.of(XMLResource.OPTION_BINARY, Boolean.TRUE,
			BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 64 * 1024);

	private final Path folder;
	private final long smallest;
	private final long limit;
	private final Duration delay;
	private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1,
			run -> Thread.ofPlatform().daemon().name("Attest file cache").unstarted(run)); //$NON-NLS-1$
	/** The entries asked for and not written yet. */
	private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();

	/**
	 * @param folder   where the entries are kept, made when the first is written
	 * @param smallest files smaller than this many bytes are not kept: they load fast from XMI anyway
	 * @param limit    the most bytes the entries may take together
	 * @param delay    how long after it is asked for an entry is made: the reading of a file to keep competes
	 *                 for the processor with the opening that read it unless it waits a moment
	 */
	public CorpusFileCache(Path folder, long smallest, long limit, Duration delay) {
		this.folder = folder;
		this.smallest = smallest;
		this.limit = limit;
		this.delay = delay;
		// the thread ends when there is nothing to write for a while, and starts again when there is
		writer.setKeepAliveTime(30, TimeUnit.SECONDS);
		writer.allowCoreThreadTimeOut(true);
	}

	/**
	 * The key of a corpus file at a location and version; {@code null} when the file is too small to keep. The
	 * version (size and time of last change) is what the store trusts to tell a file changed since it was read
	 * (see {@link FileVersion}); reading and hashing the whole file would take a third of the time saved.
	 */
	String key(URI location, FileVersion version) {
		if (version.size() < smallest) {
			return null;
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			String identity = AttestPackage.eNS_URI + '\n' + location + '\n' + version;
			return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java platform has SHA-256
		}
	}

	/**
	 * Loads the entry of the key into the empty resource, and says whether it did; an entry that does not load
	 * is deleted, and the resource left empty. A {@code null} key (a file too small to keep) has none.
	 */
	boolean load(String key, Resource resource) {
		if (key == null) {
			return false;
		}
		Path entry = folder.resolve(key + SUFFIX);
		// streamed: EMF reads through a buffer of its own, so the entry is never in memory whole
		try (InputStream content = Files.newInputStream(entry)) {
			resource.load(content, BINARY);
		} catch (NoSuchFileException e) {
			return false; // none yet
		} catch (IOException | RuntimeException e) {
			resource.unload();
			delete(entry);
			return false;
		}
		try {
			// most recently used: the last to go
			Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
		} catch (IOException e) {
			// only goes sooner
		}
		return true;
	}

	/**
	 * Makes the entry of the key in the background, after the cache's delay, unless there is one by then:
	 * {@code parsed} gives the file version the key is of, read into a resource of its own.
	 */
	void fill(String key, Supplier<Resource> parsed) {
		FutureTask<Void> task = new FutureTask<>(() -> write(key, parsed), null);
		pending.add(task);
		writer.schedule(() -> {
			task.run();
			pending.remove(task);
		}, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void write(String key, Supplier<Resource> parsed) {
		Path entry = folder.resolve(key + SUFFIX);
		if (Files.exists(entry)) {
			return;
		}
		Path partial = null;
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			parsed.get().save(bytes, BINARY);
			Files.createDirectories(folder);
			partial = Files.createTempFile(folder, key, PARTIAL);
			Files.write(partial, bytes.toByteArray());
			Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			trim();
		} catch (IOException | RuntimeException e) {
			// a cache: the file is read next time
			if (partial != null) {
				delete(partial);
			}
		}
	}

	/** Waits until every entry asked for so far is written, or could not be. */
	public void awaitWrites() {
		for (Future<?> write : List.copyOf(pending)) {
			try {
				write.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (ExecutionException e) {
				// write() catches what it expects; anything else is a bug
				throw new IllegalStateException(e.getCause());
			}
		}
	}

	/** Deletes every entry, once the entries asked for so far are written. */
	public void clear() throws IOException {
		awaitWrites();
		for (Path entry : entries()) {
			Files.delete(entry);
		}
	}

	private List<Path> entries() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).toList();
		}
	}

	/**
	 * Deletes the least recently used entries until the rest fit the limit, and what writes cut short by the end
	 * of a workbench left (only this thread writes, and it is not writing now).
	 */
	private void trim() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(file -> file.getFileName().toString().endsWith(PARTIAL)).forEach(CorpusFileCache::delete);
		}
		long kept = 0;
		for (Path entry : entries().stream().sorted(Comparator.comparing(CorpusFileCache::lastModified).reversed()).toList()) {
			kept += size(entry);
			if (kept > limit) {
				delete(entry);
			}
		}
	}

	private static FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// deleted next time, or left to the limit
		}
	}
}
