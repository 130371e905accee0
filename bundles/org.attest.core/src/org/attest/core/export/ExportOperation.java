package org.attest.core.export;

import java.io.IOException;
import java.nio.file.Path;

import org.attest.core.store.CorpusSnapshot;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.CorpusStoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Exports the corpus in a folder as it is saved when the export starts: the exporter reads a
 * {@link CorpusSnapshot}, so saves made while it runs (an annotator going on working, another process) are
 * in no document of the export, and no document is from before a save while another is from after it. The
 * snapshot is deleted when the export ends, is cancelled or fails; errors name the corpus's files.
 */
public final class ExportOperation {

	private final Path corpus;
	private final CorpusExporter exporter;
	private final ExportOptions options;
	private final Path target;

	public ExportOperation(Path corpus, CorpusExporter exporter, ExportOptions options, Path target) {
		this.corpus = corpus;
		this.exporter = exporter;
		this.options = options;
		this.target = target;
	}

	/**
	 * Takes the snapshot and exports it to the target.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled; the target
	 *             is then as it was
	 */
	public void execute(IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 20);
		try (CorpusSnapshot snapshot = CorpusSnapshot.take(corpus, options.annotator(), progress.split(1))) {
			try {
				exporter.export(CorpusStore.open(snapshot.folder()), options, target, progress.split(19));
			} catch (IOException e) {
				String message = snapshot.inCorpusTerms(e.getMessage());
				if (message == null || message.equals(e.getMessage())) {
					throw e;
				}
				throw new CorpusStoreException(message, e);
			}
		}
	}
}
