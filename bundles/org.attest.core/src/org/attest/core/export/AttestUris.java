package org.attest.core.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.attest.model.Document;

/**
 * The IRIs that linked-data exports give to corpora, documents and annotations, so that JSON-LD formats
 * name the same thing the same way: a document's own URL where it has one, else a {@code urn:attest:} name.
 * Names are percent-encoded, so any corpus name or span id makes a valid IRI.
 */
final class AttestUris {

	private static final String PREFIX = "urn:attest:"; //$NON-NLS-1$

	private AttestUris() {
	}

	/** {@code urn:attest:corpus:<name>}. */
	static String corpus(String name) {
		return PREFIX + "corpus:" + encode(name); //$NON-NLS-1$
	}

	/** {@code urn:attest:corpus:<name>:<split>}: the part of the corpus in one split ({@code train}, …). */
	static String corpusSplit(String name, String split) {
		return corpus(name) + ':' + encode(split);
	}

	/** The document's URL, else {@code urn:attest:document:<id>}. */
	static String document(Document document) {
		String url = document.getUrl();
		if (url != null && !url.isBlank()) {
			return url;
		}
		return PREFIX + "document:" + encode(document.getId()); //$NON-NLS-1$
	}

	/**
	 * {@code urn:attest:annotation:<document id>:<span or attribution id>}: unique across the corpus, as ids
	 * are unique within a document's layers.
	 */
	static String annotation(String documentId, String id) {
		return PREFIX + "annotation:" + encode(documentId) + ':' + encode(id); //$NON-NLS-1$
	}

	private static String encode(String name) {
		return URLEncoder.encode(String.valueOf(name), StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
