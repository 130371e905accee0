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
	 * Serializes the given resources of the store as their files would be saved now. EMF objects are not safe to
	 * read from two threads, so this runs where the model is changed (the UI thread in the workbench); writing
	 * the bytes can then happen anywhere. The corpus file comes first, so that layers restored after it find the
	 * registry sources they name.
	 */
	public static UnsavedFiles of(CorpusStore store, Collection<Resource> resources, String annotator) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Resource corpusFile = store.corpus().eResource();
		if (resources.contains(corpusFile)) {
			files.put(CorpusStore.CORPUS_FILE, store.serialize(corpusFile));
		}
		for (Resource resource : resources) {
			if (resource != corpusFile) {
				files.put(store.relativePath(resource), store.serialize(resource));
			}
		}
		return new UnsavedFiles(store.folder(), annotator, files);
	}

	/** The ids of the documents whose layers are among the files ({@code layers/<annotator>/<id>.attest}), in order. */
	public List<String> documents() {
		return RecoverySnapshot.documentsOf(files.keySet());
	}
}
