package org.attest.core.export;

import java.io.IOException;
import java.util.Optional;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Walks a corpus one document at a time, in corpus order, with the chosen annotator's layer, unloading each
 * document when done, so that exports of corpora larger than memory stream. Honors cancellation.
 */
public final class DocumentStream {

	/** A document and the layer to export of it (empty when that annotator has none). */
	public record Item(Document document, Optional<AnnotationLayer> layer) {
	}

	/** What an exporter does with each document. */
	public interface Visitor {
		void visit(Item item) throws IOException;
	}

	private DocumentStream() {
	}

	/** Visits every document; throws {@link OperationCanceledException} when the monitor is cancelled. */
	public static void forEach(CorpusStore store, String annotator, IProgressMonitor monitor, Visitor visitor)
			throws IOException {
		var ids = store.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(id);
			try {
				visitor.visit(new Item(store.document(id), store.layer(id, annotator)));
			} finally {
				store.unloadDocument(id);
			}
			progress.worked(1);
		}
	}
}
