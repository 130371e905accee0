package org.attest.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.attest.model.AttestPackage;
import org.attest.model.Corpus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * A version of a corpus file that is not the one on disk (a commit's, say), read and written exactly as the
 * store reads and writes {@value CorpusStore#CORPUS_FILE}. Documents stay unresolved references.
 */
public final class CorpusFiles {

	private CorpusFiles() {
	}

	/**
	 * Reads a corpus file's content as if it were {@code file}, so that its references to documents are
	 * relative to the same folder.
	 */
	public static Corpus read(byte[] content, Path file) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		// a commit's version came from someone else: read it as untrusted as the store reads its files
		resourceSet.setURIConverter(new CorpusUriConverter(file.toAbsolutePath().getParent()));
		resourceSet.getPackageRegistry().put(AttestPackage.eNS_URI, AttestPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CorpusStore.FILE_EXTENSION,
				new CorpusResourceFactory());
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		try {
			resource.load(new ByteArrayInputStream(content), AttestResourceOptions.load());
		} catch (IOException | RuntimeException e) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotRead, file, AttestResourceOptions.describe(e)), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_noCorpusInFile, file));
		}
		return corpus;
	}

	/** The bytes the store would write for the corpus (read with {@link #read}). */
	public static byte[] write(Corpus corpus) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		corpus.eResource().save(bytes, AttestResourceOptions.save());
		return bytes.toByteArray();
	}
}
