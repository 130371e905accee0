package org.attest.core.store;

import java.nio.file.Path;

/**
 * A save refused because the file was written by someone else since the store read it (or, for a file the
 * store created, because one appeared): saving would lose their change. {@link CorpusStore#saveOver} saves
 * anyway.
 */
public final class FileChangedOnDiskException extends CorpusStoreException {

	private static final long serialVersionUID = 1L;
	private final transient Path file;

	FileChangedOnDiskException(String message, Path file) {
		super(message);
		this.file = file;
	}

	/** The file changed on disk. */
	public Path file() {
		return file;
	}
}
