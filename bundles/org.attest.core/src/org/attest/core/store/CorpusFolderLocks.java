package org.attest.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per corpus folder in this JVM, held by a store for the whole of a save (a layer and the corpus file
 * it names sources of go together) and by a {@link CorpusSnapshot} while it is taken, so that a snapshot holds
 * every file of a save or none. Several stores may be open on one folder (the workbench's editors, an export,
 * an import), which is why the lock belongs to the folder and not to a store.
 */
final class CorpusFolderLocks {

	private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private CorpusFolderLocks() {
	}

	/** The lock of {@code folder}, the same for every path that names it (relative, with "..", through a link). */
	static ReentrantLock of(Path folder) {
		return LOCKS.computeIfAbsent(key(folder), key -> new ReentrantLock());
	}

	private static Path key(Path folder) {
		try {
			return folder.toRealPath();
		} catch (IOException e) {
			// a folder not created yet has nothing to snapshot; its absolute path names it until it exists
			return folder.toAbsolutePath().normalize();
		}
	}
}
