package org.attest.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.attest.core.store.CorpusStore;
import org.attest.model.AnnotationLayer;
import org.attest.model.ClaimMention;
import org.attest.model.Document;
import org.attest.model.LabelSchema;
import org.attest.model.Span;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * One annotator at work on one document: the corpus model it shares with every other editor of the corpus
 * (store, editing domain, command history), the document, and the annotator's layer. The annotation editor
 * owns it; views reach it through {@code editor.getAdapter(AnnotationSession.class)}.
 */
public final class AnnotationSession {

	private final CorpusModel model;
	private final Document document;
	private final AnnotationLayer layer;

	/** A session of the model's document and layer; {@link CorpusSessions} opens them. */
	AnnotationSession(CorpusModel model, Document document, AnnotationLayer layer) {
		this.model = model;
		this.document = document;
		this.layer = layer;
	}

	/** The corpus model this session shares with the other editors of its corpus. */
	public CorpusModel model() {
		return model;
	}

	public CorpusStore store() {
		return model.store();
	}

	public Document document() {
		return document;
	}

	public AnnotationLayer layer() {
		return layer;
	}

	public String annotator() {
		return layer.getAnnotator();
	}

	public LabelSchema schema() {
		return store().corpus().getSchema();
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return model.editingDomain();
	}

	public ComposedAdapterFactory adapterFactory() {
		return model.adapterFactory();
	}

	/** The command history of the whole corpus: undo may undo a change made in another editor of it. */
	public CommandStack commandStack() {
		return model.commandStack();
	}

	/**
	 * The annotation under the given text offset: the shortest span covering it, so that a cue or a source
	 * mention inside a claim wins over the claim.
	 */
	public Optional<Span> spanAt(int offset) {
		return Stream.of(layer.getClaims(), layer.getSourceMentions(), layer.getCues()).flatMap(List::stream)
				.map(Span.class::cast).filter(span -> span.getBegin() <= offset && offset < span.getEnd())
				.min(Comparator.comparingInt(span -> span.getEnd() - span.getBegin()));
	}

	/** The claim under the given text offset: the shortest claim covering it. */
	public Optional<ClaimMention> claimAt(int offset) {
		return layer.getClaims().stream().filter(claim -> claim.getBegin() <= offset && offset < claim.getEnd())
				.min(Comparator.comparingInt(claim -> claim.getEnd() - claim.getBegin()));
	}

	/**
	 * Whether the document's files (the annotator's layer, and the gold layer and rejections a curation in this
	 * editor changes) or the corpus file have changes not saved yet.
	 */
	public boolean isDirty() {
		return Stream.concat(documentFiles().stream(), Stream.of(model.corpusResource())).anyMatch(model::isDirty);
	}

	/** Whether the annotator's layer of this document has changes not saved yet. */
	public boolean isLayerDirty() {
		return model.isDirty(layer.eResource());
	}

	/**
	 * Saves the document's files (the annotator's layer; the gold layer and rejections when curated here) and
	 * the corpus file (a registry source created on the way, a rename in the Sources view), with whatever was
	 * changed together with them, atomically per file. Other documents' layers keep their unsaved changes
	 * unless a change of the corpus file involved them.
	 */
	public void save() throws IOException {
		save(false);
	}

	/** Saves as {@link #save()} does; with {@code overwrite}, also over files changed on disk since they were read. */
	public void save(boolean overwrite) throws IOException {
		List<Resource> files = new ArrayList<>(documentFiles());
		files.add(model.corpusResource());
		model.save(files, overwrite);
	}

	/** The loaded files of this document's layers and rejections: {@code layers/<annotator>/<id>.*}. */
	private List<Resource> documentFiles() {
		String id = document.getId();
		return store().resourceSet().getResources().stream().filter(resource -> {
			URI uri = resource.getURI();
			String name = uri.lastSegment();
			return uri.segmentCount() >= 3 && CorpusStore.LAYERS_FOLDER.equals(uri.segment(uri.segmentCount() - 3))
					&& name != null && name.startsWith(id + '.') && name.indexOf('.', id.length() + 1) < 0;
		}).toList();
	}
}
