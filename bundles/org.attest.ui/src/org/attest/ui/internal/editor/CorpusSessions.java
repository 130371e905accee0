package org.attest.ui.internal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.attest.core.recovery.RecoverySnapshot;
import org.attest.core.recovery.RecoveryStore;
import org.attest.core.store.CorpusFileCache;
import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.Document;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The corpora the workbench has open, one {@link CorpusModel} per corpus folder, shared by the annotation
 * sessions of every editor on a document of that folder and kept while at least one of them is open: two
 * editors on documents of one corpus see the same registry, so a source created in one is there in the
 * other, and saving either writes one corpus file with both editors' changes.
 * <p>
 * One instance serves the workbench, a Declarative Services component of this bundle
 * ({@code OSGI-INF/corpusSessions.xml}); parts reach it through their site's services. Used on the UI thread
 * only, like the editors.
 */
public final class CorpusSessions {

	/** Runs each layer read on a thread of its own: a read is long and rare, and must not queue behind others. */
	private static final Executor LAYER_READER = read -> Thread.ofPlatform().daemon().name("Attest layer reader").start(read); //$NON-NLS-1$

	/** The folder of the workspace's state location that holds the recovery snapshots. */
	private static final String RECOVERY_FOLDER = "recovery"; //$NON-NLS-1$
	/** The folder of the workspace's state location that holds the file cache. */
	private static final String FILE_CACHE_FOLDER = "file-cache"; //$NON-NLS-1$
	/**
	 * Documents and layers from this size on are cached: less, 256 KB of XMI (a layer of about 850 spans),
	 * loads in a few milliseconds anyway.
	 */
	private static final long SMALLEST_CACHED_FILE = 256 * 1024;
	/** The most the file cache keeps: the last few hundred large documents and layers opened or saved. */
	private static final long FILE_CACHE_LIMIT = 512L * 1024 * 1024;
	/** How long after a large file is opened or saved it is kept in the cache: once the editor has shown it. */
	private static final Duration FILE_CACHE_DELAY = Duration.ofSeconds(2);

	private final Map<Path, CorpusModel> models = new HashMap<>();
	private RecoveryStore recoveryStore;
	private CorpusFileCache fileCache;
	private final Map<CorpusModel, List<AnnotationSession>> sessions = new HashMap<>();
	/** The openings not finished yet: each keeps its corpus model as a session does. */
	private final Map<CorpusModel, List<Opening>> openings = new HashMap<>();

	/**
	 * Starts opening the document stored in {@code documentFile} ({@code <corpus>/documents/<id>.attest}) for
	 * the annotator, in the corpus's shared model (opened with this first session): loads the document, and
	 * meanwhile reads the annotator's layer, usually the largest file, on a thread of its own, so that the read
	 * overlaps the opening of the corpus and what the editor does before it needs the layer.
	 * {@link Opening#finish()} gives the session.
	 */
	public Opening open(Path documentFile, String annotator) throws IOException {
		Path file = documentFile.toAbsolutePath().normalize();
		String name = file.getFileName().toString();
		String documentId = name.substring(0, name.length() - CorpusStore.FILE_EXTENSION.length() - 1);
		Path folder = file.getParent().getParent();
		CorpusStore.requireSafeName(documentId);
		CorpusStore.requireSafeName(annotator);
		CorpusFileCache cache = fileCache();
		// started first: it needs the corpus folder, not the corpus file read next
		CompletableFuture<Optional<AnnotationLayer>> layer = CompletableFuture.supplyAsync(() -> {
			try {
				Optional<AnnotationLayer> read = CorpusStore.readLayer(folder, documentId, annotator, cache);
				// followed from here, on the reading thread
				read.ifPresent(LayerChanges::of);
				return read;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, LAYER_READER);
		CorpusModel model = models.get(folder);
		boolean opened = model == null;
		if (opened) {
			model = new CorpusModel(openStore(folder), recoveryStore().newWriter());
		}
		Document document;
		try {
			document = model.store().document(documentId);
		} catch (IOException | RuntimeException e) {
			if (opened) {
				model.dispose(false);
			}
			throw e;
		}
		models.put(folder, model);
		Opening opening = new Opening(model, document, annotator, layer);
		openings.computeIfAbsent(model, m -> new ArrayList<>()).add(opening);
		return opening;
	}

	/**
	 * Closes a session: its layer is let go of (see {@link CorpusModel#release}) unless another session shows
	 * it, and the corpus model goes, unsaved changes and all, with the corpus's last session.
	 */
	public void close(AnnotationSession session) {
		CorpusModel model = session.model();
		List<AnnotationSession> open = sessions.get(model);
		if (open == null || !open.remove(session)) {
			return;
		}
		if (!disposeIfUnused(model) && open.stream().noneMatch(other -> other.layer() == session.layer())) {
			model.release(session.layer());
		}
	}

	/** The model of the corpus in {@code folder}, if an editor has one of its documents open. */
	public Optional<CorpusModel> model(Path folder) {
		return Optional.ofNullable(models.get(folder.toAbsolutePath().normalize()));
	}

	/**
	 * Restores a recovery snapshot into a new model of its corpus, which must have none open (close its editors
	 * first): the files it holds are the model's unsaved changes, and the editors opened next on the corpus's
	 * documents show them. The snapshot is written on from then on, and deleted once its changes are saved or
	 * given up, as any other of the model's.
	 *
	 * @throws IllegalStateException when the corpus has a model open
	 */
	public RecoverySnapshot.Restored restore(RecoverySnapshot snapshot) throws IOException {
		Path folder = snapshot.corpus();
		if (models.containsKey(folder)) {
			throw new IllegalStateException(folder + " is open"); //$NON-NLS-1$
		}
		CorpusModel model = new CorpusModel(openStore(folder), recoveryStore().continueWriting(snapshot));
		RecoverySnapshot.Restored restored;
		try {
			restored = model.restore(snapshot);
		} catch (IOException | RuntimeException e) {
			model.dispose(false);
			throw e;
		}
		models.put(folder, model);
		return restored;
	}

	/** Whether the snapshot is one this workbench is writing now, of a corpus it has open. */
	public boolean isWriting(RecoverySnapshot snapshot) {
		return models.values().stream().anyMatch(model -> model.recoveryFolder().equals(snapshot.folder()));
	}

	/**
	 * Where the workbench keeps recovery snapshots: the workspace's state location of this bundle, outside every
	 * corpus, so that no Git commit, validation or import of a corpus meets them.
	 */
	public RecoveryStore recoveryStore() {
		if (recoveryStore == null) {
			recoveryStore = new RecoveryStore(stateLocation().resolve(RECOVERY_FOLDER));
		}
		return recoveryStore;
	}

	/** Opens a corpus with the workspace's file cache, so that large documents and layers open faster the next time. */
	private CorpusStore openStore(Path folder) throws IOException {
		CorpusStore store = CorpusStore.open(folder);
		store.useFileCache(fileCache());
		return store;
	}

	/** Where the workbench keeps large documents and layers in a form that loads faster: the workspace's state location. */
	public CorpusFileCache fileCache() {
		if (fileCache == null) {
			fileCache = new CorpusFileCache(stateLocation().resolve(FILE_CACHE_FOLDER), SMALLEST_CACHED_FILE, FILE_CACHE_LIMIT,
					FILE_CACHE_DELAY);
		}
		return fileCache;
	}

	private static Path stateLocation() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(CorpusSessions.class)).toPath();
	}

	/**
	 * Disposes of the model when neither a session nor an opening uses it any more; says whether it did. Its
	 * recovery snapshot goes with it when editors showed it (they asked about unsaved changes on closing), not
	 * when an opening failed before any did (a restored model keeps its snapshot then).
	 */
	private boolean disposeIfUnused(CorpusModel model) {
		if (!sessions.getOrDefault(model, List.of()).isEmpty() || !openings.getOrDefault(model, List.of()).isEmpty()) {
			return false;
		}
		boolean shown = sessions.remove(model) != null;
		openings.remove(model);
		models.values().remove(model);
		model.dispose(shown);
		return true;
	}

	/**
	 * Disposes of every model when the component goes. The workbench has closed its editors by then; a model
	 * left is one restored but shown by no editor, whose snapshot is kept for the next start.
	 */
	void deactivate() {
		models.values().forEach(model -> model.dispose(false));
		models.clear();
		sessions.clear();
		openings.clear();
	}

	/** A document loaded in its corpus's model while the annotator's layer is still being read. */
	public final class Opening {

		private final CorpusModel model;
		private final Document document;
		private final String annotator;
		private final CompletableFuture<Optional<AnnotationLayer>> layer;

		private Opening(CorpusModel model, Document document, String annotator,
				CompletableFuture<Optional<AnnotationLayer>> layer) {
			this.model = model;
			this.document = document;
			this.annotator = annotator;
			this.layer = layer;
		}

		public Document document() {
			return document;
		}

		/**
		 * Waits for the annotator's layer and gives the session over it, open from then on like any (see
		 * {@link CorpusSessions#close}); the layer is created empty when the annotator has none yet.
		 *
		 * @throws IOException when the layer file cannot be read, naming it and the line; the opening is then
		 *                     given up
		 */
		public AnnotationSession finish() throws IOException {
			forget();
			AnnotationSession session;
			try {
				Optional<AnnotationLayer> read = awaitLayer();
				CorpusStore store = model.store();
				AnnotationLayer attached = read.isPresent() ? store.adoptLayer(read.get())
						: store.layerFor(document.getId(), annotator);
				session = new AnnotationSession(model, document, attached);
			} catch (IOException | RuntimeException e) {
				disposeIfUnused(model);
				throw e;
			}
			sessions.computeIfAbsent(model, m -> new ArrayList<>()).add(session);
			return session;
		}

		/** Gives the opening up, for an editor closed before it showed its text: the model goes if unused. */
		public void cancel() {
			forget();
			disposeIfUnused(model);
		}

		private void forget() {
			List<Opening> pending = openings.get(model);
			if (pending != null) {
				pending.remove(this);
			}
		}

		private Optional<AnnotationLayer> awaitLayer() throws IOException {
			try {
				return layer.join();
			} catch (CompletionException e) {
				if (e.getCause() instanceof UncheckedIOException failure) {
					throw failure.getCause();
				}
				throw e;
			}
		}
	}
}
