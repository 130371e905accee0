package org.attest.core.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.attest.core.store.CorpusStore;

/**
 * Document ids made from file names: a slug of lowercase ASCII letters, digits and hyphens (accents dropped,
 * anything else a hyphen), made unique in the corpus with {@code -2}, {@code -3}, … so that re-importing a
 * file, or two files of the same name from different folders, never collides.
 */
public final class DocumentIds {

	/** Leaves room for a uniqueness suffix within the store's 128-character limit on file names. */
	private static final int MAX_SLUG_LENGTH = 100;
	private static final String FALLBACK = "document"; //$NON-NLS-1$

	private DocumentIds() {
	}

	/** The slug of a file name, without its extension. */
	public static String slug(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return slug.isEmpty() ? FALLBACK : slug;
	}

	/**
	 * The slug of the file name, with the first suffix that no document of the corpus (or file) has yet; a slug
	 * that is a device name on Windows ("con", "nul") gets one too.
	 */
	public static String uniqueId(CorpusStore store, Path file) {
		Set<String> taken = new HashSet<>(store.documentIds());
		Path documents = store.folder().resolve(CorpusStore.DOCUMENTS_FOLDER);
		String slug = slug(file);
		String id = slug;
		for (int n = 2; taken.contains(id) || !CorpusStore.isSafeName(id)
				|| Files.exists(documents.resolve(id + '.' + CorpusStore.FILE_EXTENSION)); n++) {
			id = slug + '-' + n;
		}
		return id;
	}
}
