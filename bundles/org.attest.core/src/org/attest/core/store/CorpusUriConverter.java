package org.attest.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.osgi.util.NLS;

/**
 * Lets a corpus's resource set open the files of that corpus folder and nothing else. A reference in a corpus
 * file is a URI EMF follows when it resolves it, so without this a file received from someone else could make
 * Attest fetch any URL (a tracking request, a request into the local network) or read any file it names.
 */
final class CorpusUriConverter extends ExtensibleURIConverterImpl {

	private final Path folder;

	CorpusUriConverter(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public URIHandler getURIHandler(URI uri) {
		return isInside(uri) ? super.getURIHandler(uri) : new Refusing(uri);
	}

	private boolean isInside(URI uri) {
		if (!uri.isFile() || uri.isRelative()) {
			return false;
		}
		try {
			return Path.of(uri.toFileString()).toAbsolutePath().normalize().startsWith(folder);
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/** Answers every request for a URI outside the corpus with an error that names it. */
	private final class Refusing implements URIHandler {

		private final URI uri;

		Refusing(URI uri) {
			this.uri = uri;
		}

		private IOException refusal() {
			return new IOException(NLS.bind(Messages.CorpusUriConverter_outside, uri, folder));
		}

		@Override
		public boolean canHandle(URI any) {
			return true;
		}

		@Override
		public Map<String, ?> contentDescription(URI any, Map<?, ?> options) throws IOException {
			throw refusal();
		}

		@Override
		public InputStream createInputStream(URI any, Map<?, ?> options) throws IOException {
			throw refusal();
		}

		@Override
		public OutputStream createOutputStream(URI any, Map<?, ?> options) throws IOException {
			throw refusal();
		}

		@Override
		public void delete(URI any, Map<?, ?> options) throws IOException {
			throw refusal();
		}

		@Override
		public boolean exists(URI any, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI any, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI any, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refusal();
		}
	}
}
