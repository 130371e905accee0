package org.attest.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attest.model.AnnotationLayer;
import org.attest.model.Annotator;
import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Corpus;
import org.attest.model.Document;
import org.attest.model.LabelSchema;
import org.attest.model.LayerStatus;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * A corpus folder on disk, as DESIGN's "On disk" describes it:
 *
 * <pre>
 * corpus.attest                   the Corpus: schema, source registry, annotators, document list
 * documents/&lt;id&gt;.attest            one Document: metadata and text
 * layers/&lt;annotator&gt;/&lt;id&gt;.attest  that annotator's AnnotationLayer for document &lt;id&gt;
 * </pre>
 *
 * Opening reads {@code corpus.attest} only; documents and layers load when asked for, so a corpus of ten
 * thousand documents opens as fast as one of ten. The document list is held as ids ({@link #documentIds()}),
 * not as one EMF proxy per document in {@link Corpus#getDocuments()}, which stays empty in memory (see
 * {@link CorpusResource}): memory does not grow by half a kilobyte per listed document. Saving is
 * deterministic (the same model gives the same bytes, LF line ends, stable ids) and atomic per file (see
 * {@link AtomicFileWriter}).
 */
public final class CorpusStore {

	public static final String CORPUS_FILE = "corpus.attest"; //$NON-NLS-1$
	public static final String DOCUMENTS_FOLDER = "documents"; //$NON-NLS-1$
	public static final String LAYERS_FOLDER = "layers"; //$NON-NLS-1$
	public static final String FILE_EXTENSION = "attest"; //$NON-NLS-1$
	/** The annotator whose layers are the curated result. */
	public static final String GOLD = "gold"; //$NON-NLS-1$

	/**
	 * Document ids and annotator names become file names: no separators, no leading dot, no "..", and no
	 * trailing dot, which Windows drops (so "ana." and "ana" would be one folder there).
	 */
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,126}[A-Za-z0-9_-])?"); //$NON-NLS-1$
	/** Names Windows reserves for devices, with any extension: "con.attest" is the console there, not a file. */
	private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?"); //$NON-NLS-1$

	private final Path folder;
	private final ResourceSet resourceSet;
	private final CorpusResource corpusResource;
	private final AtomicFileWriter writer;
	/** Resources created in this session and not yet saved. */
	private final Set<Resource> unsaved = new HashSet<>();
	/** Where large documents and layers are kept in a faster form; none unless {@link #useFileCache} gives one. */
	private CorpusFileCache fileCache;

	private CorpusStore(Path folder, ResourceSet resourceSet, CorpusResource corpusResource, AtomicFileWriter writer) {
		this.folder = folder;
		this.resourceSet = resourceSet;
		this.corpusResource = corpusResource;
		this.writer = writer;
	}

	/** Creates a new, empty corpus in {@code folder} (created if missing) and saves its corpus file. */
	public static CorpusStore create(Path folder, String name, LabelSchema schema) throws IOException {
		return create(folder, name, schema, new AtomicFileWriter());
	}

	static CorpusStore create(Path folder, String name, LabelSchema schema, AtomicFileWriter writer) throws IOException {
		Path corpusFile = folder.resolve(CORPUS_FILE);
		if (Files.exists(corpusFile)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_alreadyExists, corpusFile));
		}
		Files.createDirectories(folder.resolve(DOCUMENTS_FOLDER));
		Files.createDirectories(folder.resolve(LAYERS_FOLDER));
		ResourceSet resourceSet = newResourceSet(folder);
		CorpusResource resource = createCorpusResource(resourceSet, fileUri(corpusFile));
		Corpus corpus = AttestFactory.eINSTANCE.createCorpus();
		corpus.setName(name);
		corpus.setSchema(schema);
		resource.getContents().add(corpus);
		CorpusStore store = new CorpusStore(folder, resourceSet, resource, writer);
		store.track(resource, true);
		store.save();
		return store;
	}

	/**
	 * Opens the corpus in {@code folder}, reading its corpus file only. What saves interrupted by a crash left
	 * beside the files ({@link AtomicFileWriter#deleteUnfinished(Path)}) is deleted first.
	 */
	public static CorpusStore open(Path folder) throws IOException {
		return open(folder, new AtomicFileWriter());
	}

	static CorpusStore open(Path folder, AtomicFileWriter writer) throws IOException {
		Path corpusFile = folder.resolve(CORPUS_FILE);
		if (!Files.isRegularFile(corpusFile)) {
			throw new NoSuchFileException(corpusFile.toString(), null, Messages.CorpusStore_notACorpus);
		}
		deleteUnfinishedSaves(folder);
		ResourceSet resourceSet = newResourceSet(folder);
		CorpusResource resource = createCorpusResource(resourceSet, fileUri(corpusFile));
		load(resource, corpusFile);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_noCorpusInFile, corpusFile));
		}
		CorpusStore store = new CorpusStore(folder, resourceSet, resource, writer);
		for (String id : store.documentIds()) {
			if (!isSafeName(id)) {
				throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_unsafeListedId, corpusFile, id));
			}
		}
		store.track(resource, false);
		return store;
	}

	/** The corpus's own folders are the only places its files are saved. */
	private static void deleteUnfinishedSaves(Path folder) throws IOException {
		AtomicFileWriter.deleteUnfinished(folder);
		AtomicFileWriter.deleteUnfinished(folder.resolve(DOCUMENTS_FOLDER));
		Path layers = folder.resolve(LAYERS_FOLDER);
		if (Files.isDirectory(layers)) {
			try (Stream<Path> annotators = Files.list(layers)) {
				for (Path annotator : annotators.filter(Files::isDirectory).toList()) {
					AtomicFileWriter.deleteUnfinished(annotator);
				}
			}
		}
	}

	public Path folder() {
		return folder;
	}

	public Corpus corpus() {
		return (Corpus) corpusResource.getContents().get(0);
	}

	/** The ids of the corpus's documents, in corpus order, read without loading any document. */
	public List<String> documentIds() {
		return List.copyOf(corpusResource.documentIds());
	}

	/**
	 * The document with this id, loaded from its file the first time it is asked for. A file holding another
	 * document is refused: exports name their files after document ids, so an id must be what the file says.
	 */
	public Document document(String id) throws IOException {
		requireSafeName(id);
		Path file = documentFile(id);
		Document document = root(file, Document.class, Messages.CorpusStore_noDocumentInFile);
		if (!id.equals(document.getId())) {
			forget(document.eResource());
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_otherDocument, new Object[] { file, document.getId(), id }));
		}
		return document;
	}

	/**
	 * Adds a document to the corpus, in a resource of its own. Its text is normalized to LF line ends and
	 * its text hash set; the document id must be unique and usable as a file name.
	 */
	public Document addDocument(Document document) throws IOException {
		String id = document.getId();
		requireSafeName(id);
		if (corpusResource.lists(id) || Files.exists(documentFile(id))) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_duplicateDocument, id));
		}
		document.setText(DocumentTexts.normalizeLineEnds(document.getText() == null ? "" : document.getText())); //$NON-NLS-1$
		document.setTextHash(DocumentTexts.sha256(document.getText()));
		Resource resource = createResource(resourceSet, fileUri(documentFile(id)));
		resource.getContents().add(document);
		track(resource, true);
		corpusResource.addDocumentId(id);
		corpusResource.setModified(true);
		return document;
	}

	/** The annotator's layer of the document, if it has one (loaded on first access). */
	public Optional<AnnotationLayer> layer(String documentId, String annotator) throws IOException {
		requireSafeName(documentId);
		requireSafeName(annotator);
		Path file = layerFile(documentId, annotator);
		if (resourceSet.getResource(fileUri(file), false) == null && !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(root(file, AnnotationLayer.class, Messages.CorpusStore_noLayerInFile));
	}

	/** A document and one annotator's layer of it, empty when that annotator has none. */
	public record DocumentWithLayer(Document document, Optional<AnnotationLayer> layer) {
	}

	/**
	 * Reads a document and the annotator's layer of it from their files into a resource set of their own, for a
	 * pass that reads each document once (an export). Unlike {@link #document(String)} and {@link #layer} it
	 * changes nothing of this store, so that several threads may read documents at once while the store is in
	 * use. The layer's references resolve to the document read with it and to the store's corpus (its sources),
	 * which those threads look up in turn. Nothing needs unloading: the objects go with the result. A file is
	 * refused, with the same error, where {@link #document(String)} or {@link #layer} would refuse it.
	 */
	public DocumentWithLayer readDocument(String id, String annotator) throws IOException {
		requireSafeName(id);
		ResourceSet reading = configure(new ReadingResourceSet(), folder);
		Path file = documentFile(id);
		Document document = loadRoot(reading, file, Document.class, Messages.CorpusStore_noDocumentInFile);
		if (!id.equals(document.getId())) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_otherDocument, new Object[] { file, document.getId(), id }));
		}
		requireSafeName(annotator);
		Path layerFile = layerFile(id, annotator);
		if (!Files.isRegularFile(layerFile)) {
			return new DocumentWithLayer(document, Optional.empty());
		}
		return new DocumentWithLayer(document,
				Optional.of(loadRoot(reading, layerFile, AnnotationLayer.class, Messages.CorpusStore_noLayerInFile)));
	}

	/**
	 * Whether a document or layer is loaded in this store or was created in it: what it holds in memory may
	 * differ from the files {@link #readDocument} reads.
	 */
	public boolean holdsDocuments() {
		return resourceSet.getResources().stream().anyMatch(resource -> resource != corpusResource);
	}

	/**
	 * Reads the annotator's layer of the document into a resource set of its own, touching nothing of this
	 * store: unlike the store's other methods it may run on another thread while the store is in use, so that a
	 * large layer loads while its document is being shown. {@link #adoptLayer(AnnotationLayer)} then makes the
	 * layer part of the store.
	 *
	 * @return the layer, or empty when the annotator has no layer file for the document
	 */
	public Optional<AnnotationLayer> readLayer(String documentId, String annotator) throws IOException {
		return readLayer(folder, documentId, annotator, fileCache);
	}

	/**
	 * Reads a layer as {@link #readLayer(String, String)} does, before any store of the corpus in {@code folder}
	 * is open, through the file cache if one is given: the read can start while the corpus file is read.
	 */
	public static Optional<AnnotationLayer> readLayer(Path folder, String documentId, String annotator, CorpusFileCache cache)
			throws IOException {
		requireSafeName(documentId);
		requireSafeName(annotator);
		Path file = layerFile(folder, documentId, annotator);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Resource resource = loadCached(newResourceSet(folder), file, folder, cache);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AnnotationLayer layer)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_noLayerInFile, file));
		}
		return Optional.of(layer);
	}

	/**
	 * Lets the store read large documents and layers from the cache where it holds the version of the file read,
	 * and keep those it reads from their files, and those it saves, in it.
	 */
	public void useFileCache(CorpusFileCache cache) {
		fileCache = cache;
	}

	/**
	 * Loads a document or layer file into a new resource of the set, tracking its modifications: from the file
	 * cache where it holds this version of the file, else from the file, and then into the cache. Tracking puts an
	 * adapter on every object, on the reading thread too when a layer is read on one.
	 */
	private static Resource loadCached(ResourceSet set, Path file, Path folder, CorpusFileCache cache) throws IOException {
		if (cache == null) {
			Resource resource = load(set, file);
			resource.setTrackingModification(true);
			return resource;
		}
		// taken before reading: a change while the file is read counts as a change since
		Optional<FileVersion> version = FileVersion.of(file);
		URI uri = fileUri(file);
		Resource resource = createResource(set, uri);
		// a binary load attaches its objects all at once at its end: tracking from the start adapts them in that walk
		resource.setTrackingModification(true);
		// and the ids go into the map on the first look-up by id, in one walk, if there is one: rarely for a layer shown
		((ResourceImpl) resource).setIntrinsicIDToEObjectMap(null);
		boolean cached = version.isPresent() && cache.load(cache.key(uri, version.get()), resource);
		((ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
		if (!cached) {
			// the XML parser attaches each object as it makes it: tracking then would make every value set a notification
			resource.setTrackingModification(false);
			try {
				byte[] content = Files.readAllBytes(file);
				load(resource, new ByteArrayInputStream(content), file);
				version.ifPresent(read -> keepInCache(uri, read, content, folder, cache));
			} catch (IOException e) {
				set.getResources().remove(resource);
				throw e;
			}
			resource.setTrackingModification(true);
		}
		version.ifPresent(read -> read.attachTo(resource));
		return resource;
	}

	/** Has the file cache keep this version of a document or layer file, read again from its bytes on the cache's thread. */
	private static void keepInCache(URI uri, FileVersion version, byte[] content, Path folder, CorpusFileCache cache) {
		String key = cache.key(uri, version);
		if (key != null) {
			cache.fill(key, () -> {
				Resource parsed = createResource(newResourceSet(folder), uri);
				try {
					parsed.load(new ByteArrayInputStream(content), parsed.getResourceSet().getLoadOptions());
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				return parsed;
			});
		}
	}

	/**
	 * Makes a layer that {@link #readLayer(String, String)} read part of this store, as if {@link #layer} had
	 * loaded it: its references to the document and to registry sources resolve within the store, and saving
	 * writes it. Should the store have loaded the same layer file meanwhile, that layer is kept and returned.
	 */
	public AnnotationLayer adoptLayer(AnnotationLayer read) {
		Resource resource = read.eResource();
		Resource loaded = resourceSet.getResource(resource.getURI(), false);
		if (loaded != null) {
			return (AnnotationLayer) loaded.getContents().get(0);
		}
		resourceSet.getResources().add(resource);
		track(resource, false);
		return read;
	}

	/** The annotator's layer of the document, created empty (status todo) when there is none yet. */
	public AnnotationLayer layerFor(String documentId, String annotator) throws IOException {
		Optional<AnnotationLayer> existing = layer(documentId, annotator);
		if (existing.isPresent()) {
			return existing.get();
		}
		AnnotationLayer layer = AttestFactory.eINSTANCE.createAnnotationLayer();
		layer.setDocument(document(documentId));
		layer.setAnnotator(annotator);
		layer.setStatus(LayerStatus.TODO);
		Resource resource = createResource(resourceSet, fileUri(layerFile(documentId, annotator)));
		resource.getContents().add(layer);
		track(resource, true);
		if (corpus().getAnnotators().stream().noneMatch(a -> annotator.equals(a.getName()))) {
			Annotator entry = AttestFactory.eINSTANCE.createAnnotator();
			entry.setName(annotator);
			corpus().getAnnotators().add(entry);
		}
		return layer;
	}

	/** The annotators that have a layer file for the document, in name order. */
	public List<String> annotatorsOf(String documentId) throws IOException {
		requireSafeName(documentId);
		Path layers = folder.resolve(LAYERS_FOLDER);
		if (!Files.isDirectory(layers)) {
			return List.of();
		}
		try (Stream<Path> annotators = Files.list(layers)) {
			return annotators.filter(a -> Files.isRegularFile(a.resolve(documentId + '.' + FILE_EXTENSION)))
					.map(a -> a.getFileName().toString()).sorted().toList();
		}
	}

	/**
	 * Forgets the document and its loaded layers, so that streaming over a large corpus keeps one document in
	 * memory at a time. Unsaved changes to them are lost: save first.
	 */
	public void unloadDocument(String documentId) {
		URI documentUri = fileUri(documentFile(documentId));
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource == corpusResource) {
				continue;
			}
			boolean isDocument = resource.getURI().equals(documentUri);
			boolean isLayer = resource.getURI().lastSegment().equals(documentId + '.' + FILE_EXTENSION) && !isDocument;
			if (isDocument || isLayer) {
				resource.unload();
				resourceSet.getResources().remove(resource);
				unsaved.remove(resource);
			}
		}
	}

	/** Whether anything loaded or created here differs from the files. */
	public boolean isDirty() {
		return !unsaved.isEmpty() || resourceSet.getResources().stream().anyMatch(Resource::isModified);
	}

	/**
	 * Saves every new or changed resource, all before a {@link CorpusSnapshot} of the folder or all after it.
	 *
	 * @throws FileChangedOnDiskException when a file to write was written by someone else since this store read
	 *             it (or appeared, for a file this store created); nothing is written then
	 */
	public void save() throws IOException {
		save(List.copyOf(resourceSet.getResources()), false);
	}

	/**
	 * Saves those of the given resources that are new or changed, and nothing else: the workbench saves one
	 * editor's files while other editors of the corpus keep their unsaved changes. They are written all before a
	 * {@link CorpusSnapshot} of the folder or all after it.
	 *
	 * @throws FileChangedOnDiskException as {@link #save()} does
	 */
	public void save(Collection<? extends Resource> resources) throws IOException {
		save(resources, false);
	}

	/**
	 * Saves like {@link #save(Collection)}, over files that were written by someone else since they were read,
	 * once the user has chosen to lose that change.
	 */
	public void saveOver(Collection<? extends Resource> resources) throws IOException {
		save(resources, true);
	}

	private void save(Collection<? extends Resource> resources, boolean overwrite) throws IOException {
		List<Resource> changed = new ArrayList<>();
		for (Resource resource : resources) {
			requireLoadedHere(resource);
			if (unsaved.contains(resource) || resource.isModified()) {
				changed.add(resource);
			}
		}
		ReentrantLock lock = CorpusFolderLocks.of(folder);
		lock.lock();
		try {
			if (!overwrite) {
				for (Resource resource : changed) {
					requireNotChangedOnDisk(resource);
				}
			}
			for (Resource resource : changed) {
				save(resource);
			}
		} finally {
			lock.unlock();
		}
	}

	private void requireNotChangedOnDisk(Resource resource) throws IOException {
		Path file = Path.of(resource.getURI().toFileString());
		Optional<FileVersion> read = FileVersion.recorded(resource);
		// a file the store created, not read: someone else's once it exists
		if (read.isPresent() ? read.get().isOverwrittenIn(file) : unsaved.contains(resource) && Files.exists(file)) {
			throw new FileChangedOnDiskException(NLS.bind(Messages.CorpusStore_changedOnDisk, file), file);
		}
	}

	/**
	 * Forgets one loaded document or layer, dropping unsaved changes to it; asking for it again reads its file.
	 * The corpus file stays loaded.
	 */
	public void unload(Resource resource) {
		requireLoadedHere(resource);
		if (resource == corpusResource) {
			throw new IllegalArgumentException(resource.getURI().toString());
		}
		resource.unload();
		resourceSet.getResources().remove(resource);
		unsaved.remove(resource);
	}

	/** Saves every loaded resource, changed or not (e.g. to rewrite files in the current format). */
	public void saveAll() throws IOException {
		ReentrantLock lock = CorpusFolderLocks.of(folder);
		lock.lock();
		try {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				save(resource);
			}
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The resource's file as {@link #save(Collection)} would write it now, without writing it: for a copy of
	 * unsaved work kept elsewhere, such as a recovery snapshot. Objects without an id get theirs here, as saving
	 * gives them, so that the copy's bytes are those the save will write.
	 */
	public byte[] serialize(Resource resource) throws IOException {
		requireLoadedHere(resource);
		assignMissingIds(resource);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, AttestResourceOptions.save());
		} catch (IOException | RuntimeException e) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotSave, resource.getURI().toFileString(), e.getMessage()), e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Takes what serializing the resource needs, quickly, on the thread that owns the model, so that
	 * {@link DetachedCopy#serialize()} can make the bytes on another thread while the model changes on: a layer's
	 * objects are copied, with references to other files (the document, registry sources) as proxies of their
	 * URIs; the corpus file, small and holding the document list outside its objects, is serialized at once.
	 * Objects without an id get theirs, as saving gives them, so the bytes are those a save writes.
	 */
	public DetachedCopy detach(Resource resource) throws IOException {
		requireLoadedHere(resource);
		if (resource == corpusResource) {
			byte[] bytes = serialize(resource);
			return () -> bytes;
		}
		assignMissingIds(resource);
		EcoreUtil.Copier copier = new ProxyingCopier();
		Collection<EObject> copies = copier.copyAll(resource.getContents());
		copier.copyReferences();
		URI uri = resource.getURI();
		return () -> {
			Resource copy = new CorpusResourceFactory().createResource(uri);
			copy.getContents().addAll(copies);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				copy.save(bytes, AttestResourceOptions.save());
			} catch (IOException | RuntimeException e) {
				throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotSave, uri.toFileString(), e.getMessage()), e);
			}
			return bytes.toByteArray();
		};
	}

	/** A file's content taken by {@link CorpusStore#detach(Resource)}, serialized on any thread. */
	@FunctionalInterface
	public interface DetachedCopy {
		byte[] serialize() throws IOException;
	}

	/**
	 * Copies objects; a reference to an object that is not copied becomes a proxy of that object's URI, so that
	 * the copy never reads an object of the model again.
	 */
	private static final class ProxyingCopier extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;
		private final transient Map<EObject, EObject> proxies = new HashMap<>();

		@Override
		public EObject get(Object key) {
			EObject copy = super.get(key);
			if (copy != null || !(key instanceof EObject original)) {
				return copy;
			}
			return proxies.computeIfAbsent(original, outside -> {
				EObject proxy = EcoreUtil.create(outside.eClass());
				((InternalEObject) proxy).eSetProxyURI(EcoreUtil.getURI(outside));
				return proxy;
			});
		}
	}

	/** The resource's file relative to the corpus folder, with '/' (e.g. {@code layers/ana/doc.attest}). */
	public String relativePath(Resource resource) {
		requireLoadedHere(resource);
		return folder.toAbsolutePath().normalize().relativize(Path.of(resource.getURI().toFileString())).toString()
				.replace('\\', '/');
	}

	/**
	 * Makes {@code content} the unsaved state of the corpus's file at {@code path} (relative to the corpus folder,
	 * with '/': the corpus file or a file of {@code layers/<annotator>/}): the corpus file is read again from it in place, any other file (a layer) replaces what is loaded
	 * of that file. The file on disk is not touched: the restored resource is marked changed, so that the next
	 * save writes it. The content is parsed before anything loaded is replaced, so content that does not parse
	 * changes nothing.
	 *
	 * @param origin where the content comes from, named in errors
	 * @throws CorpusStoreException when the path is not a file of this corpus or the content does not parse
	 *                              as such a file
	 */
	public Resource restore(String path, byte[] content, Path origin) throws IOException {
		Path base = folder.toAbsolutePath().normalize();
		Path file = base.resolve(path).normalize();
		boolean isCorpusFile = file.equals(base.resolve(CORPUS_FILE));
		// the file as the annotator restores over it: a save refuses to write over a later change by someone else
		Optional<FileVersion> version = FileVersion.of(file);
		// what an editor changes: the corpus file, and files of layers/<annotator>/ (layers, a curation's rejections)
		if (!isCorpusFile && !(file.startsWith(base.resolve(LAYERS_FOLDER)) && base.relativize(file).getNameCount() == 3)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_notAFileOfTheCorpus, new Object[] { origin, path, folder }));
		}
		ResourceSet scratch = newResourceSet(folder);
		Resource parsed = isCorpusFile ? createCorpusResource(scratch, fileUri(file)) : createResource(scratch, fileUri(file));
		try {
			parsed.load(new ByteArrayInputStream(content), scratch.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotRead, origin, AttestResourceOptions.describe(e)), e);
		}
		if (isCorpusFile && (parsed.getContents().isEmpty() || !(parsed.getContents().get(0) instanceof Corpus))) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_noCorpusInFile, origin));
		}
		if (parsed.getContents().isEmpty()) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_emptyFile, origin));
		}
		Resource restored;
		if (isCorpusFile) {
			// in place: objects of other files refer to this resource, and find the restored sources by id
			corpusResource.unload();
			load(corpusResource, new ByteArrayInputStream(content), origin);
			restored = corpusResource;
		} else {
			Resource loaded = resourceSet.getResource(fileUri(file), false);
			if (loaded != null) {
				unload(loaded);
			}
			resourceSet.getResources().add(parsed);
			restored = parsed;
		}
		version.ifPresent(current -> current.attachTo(restored));
		track(restored, version.isEmpty());
		restored.setModified(true);
		return restored;
	}

	/** The resource set holding what is loaded; the UI's editing domain works on it. */
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	private void requireLoadedHere(Resource resource) {
		if (resource.getResourceSet() != resourceSet) {
			throw new IllegalArgumentException(resource.getURI() + " is not loaded in the store of " + folder); //$NON-NLS-1$
		}
	}

	private void save(Resource resource) throws IOException {
		assignMissingIds(resource);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Path file = Path.of(resource.getURI().toFileString());
		byte[] content;
		try {
			// EMF throws an unchecked exception for a string XML cannot hold (a control character)
			resource.save(bytes, AttestResourceOptions.save());
			content = bytes.toByteArray();
			writer.write(file, content);
		} catch (IOException | RuntimeException e) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotSave, file, e.getMessage()), e);
		}
		Optional<FileVersion> written = FileVersion.of(file);
		written.ifPresent(version -> version.attachTo(resource));
		if (fileCache != null && written.isPresent() && resource != corpusResource) {
			keepInCache(resource.getURI(), written.get(), content, folder, fileCache);
		}
		resource.setModified(false);
		unsaved.remove(resource);
	}

	/** Every object with an id attribute gets one before it is written, so references stay stable. */
	private static void assignMissingIds(Resource resource) {
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			EAttribute id = object.eClass().getEIDAttribute();
			if (id != null && id.getEAttributeType().getInstanceClass() == String.class && object.eGet(id) == null) {
				object.eSet(id, UUID.randomUUID().toString());
			}
		}
	}

	private void track(Resource resource, boolean isNew) {
		resource.setTrackingModification(true);
		if (isNew) {
			unsaved.add(resource);
		}
	}

	private Path documentFile(String id) {
		return folder.resolve(DOCUMENTS_FOLDER).resolve(id + '.' + FILE_EXTENSION);
	}

	private Path layerFile(String documentId, String annotator) {
		return layerFile(folder, documentId, annotator);
	}

	private static Path layerFile(Path folder, String documentId, String annotator) {
		return folder.resolve(LAYERS_FOLDER).resolve(annotator).resolve(documentId + '.' + FILE_EXTENSION);
	}

	/** Rejects a document id or annotator name that cannot serve as a file or folder name in the corpus. */
	public static void requireSafeName(String name) throws CorpusStoreException {
		if (!isSafeName(name)) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_unsafeName, name));
		}
	}

	/** Whether the name can be a document id or annotator name: a file or folder name on every platform. */
	public static boolean isSafeName(String name) {
		return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..") //$NON-NLS-1$
				&& !WINDOWS_DEVICE.matcher(name).matches();
	}

	private static ResourceSet newResourceSet(Path folder) {
		return configure(new ResourceSetImpl(), folder);
	}

	private static ResourceSet configure(ResourceSet resourceSet, Path folder) {
		resourceSet.setURIConverter(new CorpusUriConverter(folder));
		// registered here too, so the store works the same inside and outside OSGi
		resourceSet.getPackageRegistry().put(AttestPackage.eNS_URI, AttestPackage.eINSTANCE);
		// every file the set reads, whatever its extension (a curation's rejections too), is read the same way
		CorpusResourceFactory factory = new CorpusResourceFactory();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
		resourceSet.getLoadOptions().putAll(AttestResourceOptions.load());
		return resourceSet;
	}

	/**
	 * The object a document or layer file holds, loaded the first time it is asked for. A file that holds
	 * something else (a layer saved as a document, an empty XMI file) is refused and forgotten, so that it is
	 * read again once corrected.
	 */
	private <T extends EObject> T root(Path file, Class<T> type, String notFound) throws IOException {
		Resource resource = resourceSet.getResource(fileUri(file), false);
		if (resource == null) {
			resource = loadCached(resourceSet, file, folder, fileCache);
		}
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			forget(resource);
			throw new CorpusStoreException(NLS.bind(notFound, file));
		}
		return type.cast(resource.getContents().get(0));
	}

	/** The object of the given type a file holds, loaded into the resource set; otherwise the file is refused. */
	private static <T extends EObject> T loadRoot(ResourceSet resourceSet, Path file, Class<T> type, String notFound)
			throws IOException {
		Resource resource = load(resourceSet, file);
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			throw new CorpusStoreException(NLS.bind(notFound, file));
		}
		return type.cast(resource.getContents().get(0));
	}

	/**
	 * The resource set of one {@link #readDocument}: references into the corpus file resolve to the store's
	 * corpus rather than to a copy loaded for each document. Readings on several threads look up the corpus
	 * one at a time, as a lookup of an id the corpus lacks adds to its id map.
	 */
	private final class ReadingResourceSet extends ResourceSetImpl {

		@Override
		public EObject getEObject(URI uri, boolean loadOnDemand) {
			if (uri.trimFragment().equals(corpusResource.getURI())) {
				synchronized (corpusResource) {
					return corpusResource.getEObject(uri.fragment());
				}
			}
			return super.getEObject(uri, loadOnDemand);
		}
	}

	private void forget(Resource resource) {
		resourceSet.getResources().remove(resource);
		unsaved.remove(resource);
	}

	private static void load(Resource resource, ByteArrayInputStream content, Path origin) throws IOException {
		try {
			resource.load(content, resource.getResourceSet().getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotRead, origin, AttestResourceOptions.describe(e)), e);
		}
	}

	private static Resource load(ResourceSet resourceSet, Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString());
		}
		Resource resource = createResource(resourceSet, fileUri(file));
		load(resource, file);
		return resource;
	}

	private static void load(Resource resource, Path file) throws IOException {
		// taken before reading: a change while the file is read counts as a change since
		Optional<FileVersion> version = FileVersion.of(file);
		try {
			resource.load(resource.getResourceSet().getLoadOptions());
		} catch (IOException | RuntimeException e) {
			resource.getResourceSet().getResources().remove(resource);
			throw new CorpusStoreException(NLS.bind(Messages.CorpusStore_cannotRead, file, AttestResourceOptions.describe(e)), e);
		}
		version.ifPresent(read -> read.attachTo(resource));
	}

	/** A resource that finds objects by id through a map: resolving a large layer's references stays linear. */
	private static Resource createResource(ResourceSet resourceSet, URI uri) {
		Resource resource = resourceSet.createResource(uri);
		((ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
		return resource;
	}

	private static CorpusResource createCorpusResource(ResourceSet resourceSet, URI uri) {
		CorpusResource resource = new CorpusResource(uri);
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
