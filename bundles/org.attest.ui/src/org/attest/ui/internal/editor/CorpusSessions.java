package org.attest.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attest.core.store.CorpusStore;

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

	private final Map<Path, CorpusModel> models = new HashMap<>();
	private final Map<CorpusModel, List<AnnotationSession>> sessions = new HashMap<>();

	/**
	 * Opens the document stored in {@code documentFile} ({@code <corpus>/documents/<id>.attest}) with the
	 * annotator's layer, in the corpus's shared model (opened with this first session).
	 */
	public AnnotationSession open(Path documentFile, String annotator) throws IOException {
		Path file = documentFile.toAbsolutePath().normalize();
		String name = file.getFileName().toString();
		String documentId = name.substring(0, name.length() - CorpusStore.FILE_EXTENSION.length() - 1);
		Path folder = file.getParent().getParent();
		CorpusModel model = models.get(folder);
		boolean opened = model == null;
		if (opened) {
			model = new CorpusModel(CorpusStore.open(folder));
		}
		AnnotationSession session;
		try {
			session = AnnotationSession.open(model, documentId, annotator);
		} catch (IOException | RuntimeException e) {
			if (opened) {
				model.dispose();
			}
			throw e;
		}
		models.put(folder, model);
		sessions.computeIfAbsent(model, m -> new ArrayList<>()).add(session);
		return session;
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
		if (open.isEmpty()) {
			sessions.remove(model);
			models.values().remove(model);
			model.dispose();
		} else if (open.stream().noneMatch(other -> other.layer() == session.layer())) {
			model.release(session.layer());
		}
	}

	/** The model of the corpus in {@code folder}, if an editor has one of its documents open. */
	public Optional<CorpusModel> model(Path folder) {
		return Optional.ofNullable(models.get(folder.toAbsolutePath().normalize()));
	}

	/** Disposes of every model when the component goes (the workbench has closed its editors by then). */
	void deactivate() {
		models.values().forEach(CorpusModel::dispose);
		models.clear();
		sessions.clear();
	}
}
