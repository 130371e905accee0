package org.attest.core.store;

import java.io.IOException;

/** A corpus file that cannot be read or written, or a request the corpus refuses; the message names the file. */
public class CorpusStoreException extends IOException {

	private static final long serialVersionUID = 1L;

	public CorpusStoreException(String message) {
		super(message);
	}

	public CorpusStoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
