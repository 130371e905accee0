package org.attest.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
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
import org.attest.model.edit.labels.AttestEditAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * One annotator at work on one document: the corpus it belongs to, the document, the annotator's layer, and
 * the editing domain through which every change runs as an undoable EMF command. The annotation editor owns
 * it; views reach it through {@code editor.getAdapter(AnnotationSession.class)}.
 */
public final class AnnotationSession {

	private final CorpusStore store;
	private final Document document;
	private final AnnotationLayer layer;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;

	private AnnotationSession(CorpusStore store, Document document, AnnotationLayer layer) {
		this.store = store;
		this.document = document;
		this.layer = layer;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new AttestEditAdapterFactory());
		adapterFactory.addAdapterFactory(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), store.resourceSet());
		// so that AdapterFactoryEditingDomain.getEditingDomainFor(object) finds this domain for every object of
		// the store: EMF.Edit's property descriptors run their SetCommands through it only then (the constructor
		// registers nothing on a resource set it is given)
		store.resourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
	}

	/**
	 * Opens the document stored in {@code documentFile} ({@code <corpus>/documents/<id>.attest}) with the
	 * annotator's layer, created empty when the annotator has none yet.
	 */
	public static AnnotationSession open(Path documentFile, String annotator) throws IOException {
		String name = documentFile.getFileName().toString();
		String documentId = name.substring(0, name.length() - CorpusStore.FILE_EXTENSION.length() - 1);
		CorpusStore store = CorpusStore.open(documentFile.toAbsolutePath().getParent().getParent());
		Document document = store.document(documentId);
		return new AnnotationSession(store, document, store.layerFor(documentId, annotator));
	}

	public CorpusStore store() {
		return store;
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
		return store.corpus().getSchema();
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public CommandStack commandStack() {
		return editingDomain.getCommandStack();
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

	/** Whether commands ran since the last save. */
	public boolean isDirty() {
		return ((BasicCommandStack) commandStack()).isSaveNeeded();
	}

	/** Saves the layer and whatever else changed (a new registry source, say), atomically per file. */
	public void save() throws IOException {
		store.save();
		((BasicCommandStack) commandStack()).saveIsDone();
	}

	public void dispose() {
		adapterFactory.dispose();
	}
}
