package org.attest.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.core.recovery.RecoverySnapshot;
import org.attest.core.recovery.RecoveryWriter;
import org.attest.core.store.CorpusStore;
import org.attest.core.store.FileChangedOnDiskException;
import org.attest.model.AnnotationLayer;
import org.attest.model.AttestPackage;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.model.edit.labels.AttestEditAdapterFactory;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * One corpus as the workbench holds it while editors are open on its documents: one store (so one copy of
 * the schema and the source registry), one editing domain and one command history for all of them (see
 * {@link CorpusCommandStack} for undo and dirty state). {@link CorpusSessions} gives every editor of the
 * corpus folder the same model and disposes of it when the last one closes.
 */
public final class CorpusModel {

	private final CorpusStore store;
	private final ComposedAdapterFactory adapterFactory;
	private final CorpusCommandStack commandStack;
	private final AdapterFactoryEditingDomain editingDomain;
	private final AdapterFactoryEditingDomain.EditingDomainProvider domainProvider;

	private final RecoverySnapshots recovery;

	/** A model of the store, whose unsaved changes the writer keeps in recovery snapshots. */
	CorpusModel(CorpusStore store, RecoveryWriter recoveryWriter) {
		this.store = store;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new AttestEditAdapterFactory());
		adapterFactory.addAdapterFactory(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new CorpusCommandStack(store.resourceSet());
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, store.resourceSet());
		// so that AdapterFactoryEditingDomain.getEditingDomainFor(object) finds this domain for every object of
		// the store: EMF.Edit's property descriptors run their SetCommands through it only then (the constructor
		// registers nothing on a resource set it is given)
		domainProvider = new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain);
		store.resourceSet().eAdapters().add(domainProvider);
		recovery = new RecoverySnapshots(this, recoveryWriter);
		commandStack.addCommandStackListener(recovery);
	}

	public CorpusStore store() {
		return store;
	}

	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	/** The resource of {@code corpus.attest}: schema, source registry, annotators, document list. */
	public Resource corpusResource() {
		return store.corpus().eResource();
	}

	/** Whether any file of the corpus has changes not saved yet. */
	public boolean isSaveNeeded() {
		return commandStack.isSaveNeeded();
	}

	/** The loaded files (resources) that have changes not saved yet. */
	List<Resource> unsavedResources() {
		return store.resourceSet().getResources().stream().filter(commandStack::isDirty).toList();
	}

	/** The snapshot folder this model's unsaved changes are kept in. */
	Path recoveryFolder() {
		return recovery.folder();
	}

	/**
	 * Restores a recovery snapshot into the store as unsaved changes of the files it holds (see
	 * {@link RecoverySnapshot#restoreInto}); only before any editor shows the model.
	 */
	RecoverySnapshot.Restored restore(RecoverySnapshot snapshot) throws IOException {
		RecoverySnapshot.Restored restored = snapshot.restoreInto(store);
		commandStack.restored(restored.resources());
		return restored;
	}

	/** Whether the resource (the corpus file, a document's or a layer's) has changes not saved yet. */
	public boolean isDirty(Resource resource) {
		return commandStack.isDirty(resource);
	}

	/**
	 * Saves the resources that commands changed, together with every resource changed by the same commands
	 * since (a merge's repointed layers with the corpus file), atomically per file; the corpus file also when
	 * it is new or changed otherwise (an annotator registered on opening a layer).
	 */
	public void save(Collection<Resource> resources) throws IOException {
		save(resources, false);
	}

	/**
	 * Saves as {@link #save(Collection)} does; with {@code overwrite}, also over files someone else wrote since
	 * they were read, which otherwise refuses the save ({@link FileChangedOnDiskException}, nothing written).
	 */
	public void save(Collection<Resource> resources, boolean overwrite) throws IOException {
		Set<Resource> written = commandStack.withLinked(resources);
		// a layer no command changed stays as its file has it: a gold layer whose first acceptance was undone
		// is not written empty
		written.removeIf(resource -> resource != corpusResource() && !isDirty(resource));
		if (overwrite) {
			store.saveOver(written);
		} else {
			store.save(written);
		}
		commandStack.saved(written);
	}

	/**
	 * Lets go of a layer that no editor shows any more, with its document when no other layer of it is loaded.
	 * Unsaved changes to the layer are dropped and its file is read again next time, and the history forgets
	 * the commands that changed it. The exception: a layer whose changes belong with unsaved registry changes
	 * that its stored file would contradict (a merge removed a source the stored layer names) stays, to be
	 * written with the corpus file; dropping it would leave a layer file naming a source that is gone.
	 */
	void release(AnnotationLayer layer) {
		Resource layerResource = layer.eResource();
		Document document = layer.getDocument();
		if (isDirty(layerResource) && commandStack.withLinked(List.of(layerResource)).size() > 1
				&& !storedLayerNamesRegistrySourcesOnly(document.getId(), layer.getAnnotator())) {
			return;
		}
		URI documentUri = EcoreUtil.getURI(document);
		unload(layerResource);
		// compared unresolved, so that no document loads on the way
		boolean documentStillUsed = store.resourceSet().getResources().stream()
				.flatMap(resource -> resource.getContents().stream().limit(1))
				.filter(AnnotationLayer.class::isInstance)
				.map(other -> (EObject) other.eGet(AttestPackage.Literals.ANNOTATION_LAYER__DOCUMENT, false))
				.anyMatch(named -> named != null && documentUri.equals(EcoreUtil.getURI(named)));
		if (!documentStillUsed && document.eResource() != null) {
			unload(document.eResource());
		}
	}

	private void unload(Resource resource) {
		commandStack.forget(List.of(resource));
		store.unload(resource);
	}

	/** Whether the layer's file names only sources that the registry, as it is in memory, still has. */
	private boolean storedLayerNamesRegistrySourcesOnly(String documentId, String annotator) {
		Optional<AnnotationLayer> stored;
		try {
			stored = CorpusStore.open(store.folder()).layer(documentId, annotator);
		} catch (IOException e) {
			return false; // unknown: keep the layer rather than risk a broken file
		}
		if (stored.isEmpty()) {
			return true;
		}
		Set<String> registry = store.corpus().getSources().stream().map(Source::getId).collect(Collectors.toSet());
		AnnotationLayer layer = stored.get();
		// the references unresolved: each is a proxy whose URI ends in the source's id
		return Stream.concat(
				layer.getSourceMentions().stream().map(mention -> mention.eGet(AttestPackage.Literals.SOURCE_MENTION__SOURCE, false)),
				layer.getAttributions().stream().map(attribution -> attribution.eGet(AttestPackage.Literals.ATTRIBUTION__SOURCE, false)))
				.filter(EObject.class::isInstance).map(source -> EcoreUtil.getURI((EObject) source).fragment())
				.allMatch(registry::contains);
	}

	/**
	 * Lets go of everything. The recovery snapshot goes too when {@code discardUnsaved}: the editors were closed,
	 * so any unsaved change was given up by the user; otherwise (the workbench ends with a model no editor showed)
	 * it stays, to be offered on the next start.
	 */
	void dispose(boolean discardUnsaved) {
		commandStack.removeCommandStackListener(recovery);
		recovery.dispose(discardUnsaved);
		store.resourceSet().eAdapters().remove(domainProvider);
		commandStack.flush();
		adapterFactory.dispose();
	}
}
