package org.attest.core.export;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Walks a corpus one document at a time, in corpus order, with the chosen annotator's layer, so that exports of
 * corpora larger than memory stream. Honors cancellation.
 * <p>
 * Reading a document's XMI files costs more than exporting it, so a few threads read the next documents
 * ({@link CorpusStore#readDocument}) while the calling thread visits them in order: at most
 * {@link #IN_FLIGHT} documents are read and not yet visited, so memory stays flat however large the corpus. A
 * store that already holds documents in memory ({@link CorpusStore#holdsDocuments()}) is walked through the
 * store on the calling thread, each document unloaded when done, so that what the store holds is what is
 * visited.
 */
public final class DocumentStream {

	/** A document and the layer to export of it (empty when that annotator has none). */
	public record Item(Document document, Optional<AnnotationLayer> layer) {
	}

	/** What an exporter does with each document. */
	public interface Visitor {
		void visit(Item item) throws IOException;
	}

	/** One reading thread per core: reading is the larger part of an export and parallel per document. */
	static final int READERS = Runtime.getRuntime().availableProcessors();
	/** Documents read ahead of the one visited: enough to keep the readers busy, few enough to keep memory flat. */
	static final int IN_FLIGHT = 2 * READERS;

	private static final ThreadFactory READER_THREADS = task -> {
		Thread thread = new Thread(task, "Attest document reader"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	};

	private DocumentStream() {
	}

	/**
	 * Visits every document; throws {@link OperationCanceledException} when the monitor is cancelled. A document
	 * that cannot be read ends the walk with the store's error naming its file, once the documents before it
	 * are visited. The reading threads are stopped before this returns or throws.
	 */
	public static void forEach(CorpusStore store, String annotator, IProgressMonitor monitor, Visitor visitor)
			throws IOException {
		var ids = store.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, ids.size());
		if (store.holdsDocuments()) {
			forEachHeld(store, annotator, ids, progress, visitor);
		} else {
			forEachReadAhead(store, annotator, ids, progress, visitor);
		}
	}

	private static void forEachHeld(CorpusStore store, String annotator, List<String> ids, SubMonitor progress,
			Visitor visitor) throws IOException {
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

	private static void forEachReadAhead(CorpusStore store, String annotator, List<String> ids, SubMonitor progress,
			Visitor visitor) throws IOException {
		ExecutorService readers = Executors.newFixedThreadPool(READERS, READER_THREADS);
		try {
			Queue<Future<CorpusStore.DocumentWithLayer>> reads = new ArrayDeque<>();
			int requested = 0;
			for (String id : ids) {
				while (requested < ids.size() && reads.size() < IN_FLIGHT) {
					String next = ids.get(requested++);
					reads.add(readers.submit(() -> store.readDocument(next, annotator)));
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(id);
				CorpusStore.DocumentWithLayer read = result(reads.remove());
				visitor.visit(new Item(read.document(), read.layer()));
				progress.worked(1);
			}
		} finally {
			readers.shutdownNow();
			readers.close();
		}
	}

	/** What a reading thread read, or the error it met, thrown as the store threw it. */
	private static CorpusStore.DocumentWithLayer result(Future<CorpusStore.DocumentWithLayer> read) throws IOException {
		try {
			return read.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			switch (e.getCause()) {
			case IOException io -> throw io;
			case RuntimeException unchecked -> throw unchecked;
			case Error error -> throw error;
			default -> throw new IOException(e.getCause());
			}
		}
	}
}
