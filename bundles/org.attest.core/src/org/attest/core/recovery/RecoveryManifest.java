package org.attest.core.recovery;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The {@value #NAME} of a snapshot generation, written after its files: which corpus, who, when, which documents,
 * and each file with its SHA-256 and size, so that a damaged file is found before it is restored.
 *
 * @param version   of this format, {@value #VERSION}
 * @param corpus    the corpus folder, absolute
 * @param time      when the snapshot was written, ISO-8601 (UTC)
 * @param documents ids of the documents whose layers the snapshot holds
 * @param files     the files, by path relative to the corpus folder, in restoring order
 */
record RecoveryManifest(int version, String corpus, String annotator, String time, List<String> documents,
		List<RecoveryManifest.File> files) {

	static final String NAME = "manifest.json"; //$NON-NLS-1$
	/** The folder of a generation that holds the files, under their paths relative to the corpus. */
	static final String FILES = "files"; //$NON-NLS-1$
	static final int VERSION = 1;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	record File(String path, String sha256, long size) {
	}

	String toJson() {
		return GSON.toJson(this);
	}

	/** The manifest in {@code json}; a {@link JsonParseException} when it is not one, or misses a field. */
	static RecoveryManifest fromJson(String json) {
		RecoveryManifest manifest = GSON.fromJson(json, RecoveryManifest.class);
		if (manifest == null || manifest.corpus() == null || manifest.time() == null || manifest.files() == null
				|| manifest.files().stream().anyMatch(file -> file == null || file.path() == null || file.sha256() == null)) {
			throw new JsonParseException("incomplete manifest"); //$NON-NLS-1$
		}
		return manifest;
	}
}
