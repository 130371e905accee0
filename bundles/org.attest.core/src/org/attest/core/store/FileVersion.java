package org.attest.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The version of a file that a resource was read from or last written to, by time and size, kept on the
 * resource: a file whose version differs when the resource is saved was written meanwhile by someone else
 * (another program, an import, a synchronization), whose change a save would lose.
 */
final class FileVersion extends AdapterImpl {

	private final FileTime modified;
	private final long size;

	private FileVersion(FileTime modified, long size) {
		this.modified = modified;
		this.size = size;
	}

	/** The file's version now; empty when there is no such file. */
	static Optional<FileVersion> of(Path file) throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return Optional.of(new FileVersion(attributes.lastModifiedTime(), attributes.size()));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
	}

	long size() {
		return size;
	}

	/** The version as a key: size, and time of last change to the nanosecond where the file system keeps it. */
	@Override
	public String toString() {
		return size + "@" + modified; //$NON-NLS-1$
	}

	/** Notes on the resource that it holds this version of its file (replacing what it held before). */
	void attachTo(Resource resource) {
		recorded(resource).ifPresent(previous -> resource.eAdapters().remove(previous));
		resource.eAdapters().add(this);
	}

	/** The version of its file the resource was read from or last written to, when the store noted one. */
	static Optional<FileVersion> recorded(Resource resource) {
		return Optional.ofNullable((FileVersion) EcoreUtil.getExistingAdapter(resource, FileVersion.class));
	}

	/** Whether the file is at another version now; a file deleted since is not, a save loses nothing of it. */
	boolean isOverwrittenIn(Path file) throws IOException {
		return of(file).map(now -> !(now.modified.equals(modified) && now.size == size)).orElse(false);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == FileVersion.class;
	}
}
