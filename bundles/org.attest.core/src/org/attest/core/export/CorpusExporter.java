package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One export format. Exports stream: one document (and its layer) in memory at a time. They are
 * deterministic: the same corpus and options give the same bytes. A cancelled or failed export leaves no
 * half-written file at the target.
 */
public interface CorpusExporter {

	/** The format's name on the command line ({@code jsonl}, {@code conll}, …). */
	String format();

	/** Writes the export to {@code target}: a file or a folder, as the format needs. */
	void export(CorpusStore store, ExportOptions options, Path target, IProgressMonitor monitor) throws IOException;
}
