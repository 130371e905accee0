package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;

/**
 * Imports one file of a given format into an open corpus, adding documents (and, for formats that carry
 * them, the annotator's layers) without saving: {@link CorpusImport} saves after each file. A file the
 * importer cannot read gives problems in the result rather than an exception, so a batch goes on.
 */
public interface Importer {

	/** The document metadata key recording the name (not the path) of the file a document came from. */
	String SOURCE_FILE_KEY = "sourceFile"; //$NON-NLS-1$

	ImportResult importFile(CorpusStore store, Path file, String annotator) throws IOException;
}
