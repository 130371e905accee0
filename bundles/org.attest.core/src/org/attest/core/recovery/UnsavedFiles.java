package org.attest.core.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.core.store.CorpusStore;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What a recovery snapshot holds: the unsaved files of one corpus as bytes, by path relative to the corpus folder
 * ({@code corpus.attest}, {@code layers/<annotator>/<id>.attest}), and who was annotating.
 *
 * @param corpus    the corpus folder, absolute
 * @param annotator the annotator at work when the snapshot was taken
 * @param files     the files' contents by relative path with '/', in the order they are to be restored
 */
public record UnsavedFiles(Path corpus, String annotator, Map<String, byte[]> files) {

	public UnsavedFiles {
		corpus = corpus.toAbsolutePath().normalize();
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
	}

	/**
	 * Serializes the given resources of the store as their files would be saved now, on the thread that owns the
	 * model: {@link #capture} then {@link Capture#serialize()}.
	 */
	public static UnsavedFiles of(CorpusStore store, Collection<Resource> resources, String annotator) throws IOException {
		return capture(store, resources, annotator).serialize();
	}

	/**
	 * Takes the given resources of the store as they are now (see {@link CorpusStore#detach}), on the thread that
	 * owns the model (the UI thread in the workbench: EMF objects are not safe to read from two threads), quickly;
	 * {@link Capture#serialize()} then makes the bytes on any thread. The corpus file comes first, so that layers
	 * restored after it find the registry sources they name.
	 */
	public static Capture capture(CorpusStore store, Collection<Resource> resources, String annotator) throws IOException {
		Map<String, CorpusStore.DetachedCopy> files = new LinkedHashMap<>();
		Resource corpusFile = store.corpus().eResource();
		if (resources.contains(corpusFile)) {
			files.put(CorpusStore.CORPUS_FILE, store.detach(corpusFile));
		}
		for (Resource resource : resources) {
			if (resource != corpusFile) {
				files.put(store.relativePath(resource), store.detach(resource));
			}
		}
		return new Capture(store.folder(), annotator, files);
	}

	/** Unsaved files taken from a model, to be serialized on any thread. */
	public static final class Capture {

		private final Path corpus;
		private final String annotator;
		private final Map<String, CorpusStore.DetachedCopy> files;

		private Capture(Path corpus, String annotator, Map<String, CorpusStore.DetachedCopy> files) {
			this.corpus = corpus;
			this.annotator = annotator;
			this.files = files;
		}

		public UnsavedFiles serialize() throws IOException {
			Map<String, byte[]> bytes = new LinkedHashMap<>();
			for (Map.Entry<String, CorpusStore.DetachedCopy> file : files.entrySet()) {
				bytes.put(file.getKey(), file.getValue().serialize());
			}
			return new UnsavedFiles(corpus, annotator, bytes);
		}
	}

	/** The ids of the documents whose layers are among the files ({@code layers/<annotator>/<id>.attest}), in order. */
	public List<String> documents() {
		return RecoverySnapshot.documentsOf(files.keySet());
	}
}
