package org.attest.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.model.AttestFactory;
import org.attest.model.AttestPackage;
import org.attest.model.Corpus;
import org.attest.model.Document;
import org.attest.model.util.AttestResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code corpus.attest}, whose document list is kept as document ids rather than as the model's
 * {@link Corpus#getDocuments() documents}: EMF would hold one proxy per listed document (about half a kilobyte
 * with its URI and EMF's URI and string pools), so opening a corpus of 100,000 documents would cost some 50 MB
 * before a single document is read. Loading takes the ids straight from the {@code documents} hrefs as the
 * parser meets them (and from any proxies a hand-written file's {@code <documents href>} elements gave);
 * saving puts proxies in the model for the save only, so the file is written as before. In memory,
 * {@code getDocuments()} is empty: {@link CorpusStore#documentIds()} is the list.
 */
final class CorpusResource extends AttestResourceImpl {

	private final List<String> documentIds = new ArrayList<>();
	/** The ids again, for the duplicate check of adding: made when first needed, so that only adding pays for it. */
	private Set<String> listed;

	CorpusResource(URI uri) {
		super(uri);
	}

	/** The listed documents' ids, in corpus order. */
	List<String> documentIds() {
		return Collections.unmodifiableList(documentIds);
	}

	boolean lists(String id) {
		return listed().contains(id);
	}

	/** Lists a document, unless it is listed already. The caller marks the resource modified. */
	void addDocumentId(String id) {
		if (listed().add(id)) {
			documentIds.add(id);
		}
	}

	private Set<String> listed() {
		if (listed == null) {
			listed = new HashSet<>(documentIds);
		}
		return listed;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		documentIds.clear();
		listed = null;
		super.doLoad(inputStream, options);
		for (EObject object : getContents()) {
			if (object instanceof Corpus corpus && !corpus.getDocuments().isEmpty()) {
				for (Object document : ((InternalEList<?>) corpus.getDocuments()).basicList()) {
					InternalEObject entry = (InternalEObject) document;
					documentIds.add(entry.eIsProxy() ? entry.eProxyURI().fragment() : ((Document) entry).getId());
				}
				withoutNotifications(corpus, () -> corpus.getDocuments().clear());
			}
		}
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new RegisteredPackagesHandler(resource, helper, options) {
					@Override
					protected void setValueFromId(EObject object, EReference reference, String ids) {
						if (reference == AttestPackage.Literals.CORPUS__DOCUMENTS) {
							addHrefs(ids);
						} else {
							super.setValueFromId(object, reference, ids);
						}
					}
				};
			}
		};
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		Corpus corpus = getContents().isEmpty() ? null : (Corpus) getContents().get(0);
		if (corpus == null || documentIds.isEmpty()) {
			super.doSave(outputStream, options);
			return;
		}
		List<Document> proxies = new ArrayList<>(documentIds.size());
		URI documents = getURI().trimSegments(1).appendSegment(CorpusStore.DOCUMENTS_FOLDER);
		for (String id : documentIds) {
			Document proxy = AttestFactory.eINSTANCE.createDocument();
			((InternalEObject) proxy).eSetProxyURI(
					documents.appendSegment(id + '.' + CorpusStore.FILE_EXTENSION).appendFragment(id));
			proxies.add(proxy);
		}
		withoutNotifications(corpus, () -> ((InternalEList<Document>) corpus.getDocuments()).addAllUnique(proxies));
		try {
			super.doSave(outputStream, options);
		} finally {
			withoutNotifications(corpus, () -> corpus.getDocuments().clear());
		}
	}

	/** The ids of hrefs such as {@code documents/a.attest#a documents/b.attest#b}: what follows each {@code #}. */
	private void addHrefs(String hrefs) {
		int length = hrefs.length();
		int start = 0;
		while (start < length) {
			while (start < length && Character.isWhitespace(hrefs.charAt(start))) {
				start++;
			}
			int end = start;
			while (end < length && !Character.isWhitespace(hrefs.charAt(end))) {
				end++;
			}
			if (end > start) {
				int hash = hrefs.lastIndexOf('#', end - 1);
				documentIds.add(hrefs.substring(hash >= start ? hash + 1 : start, end));
			}
			start = end;
		}
	}

	/** Changes the list that stands in for the ids without marking the resource modified or telling adapters. */
	private static void withoutNotifications(Corpus corpus, Runnable change) {
		boolean deliver = corpus.eDeliver();
		corpus.eSetDeliver(false);
		try {
			change.run();
		} finally {
			corpus.eSetDeliver(deliver);
		}
	}
}
