package org.attest.core.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * How the one-file formats (CoNLL, Web Annotation, ClaimReview, stance CSV) honour a split plan. Without one,
 * the export is one file at the target ({@link AtomicTextFile}). With one, the target is a folder holding
 * {@code train.<ext>}, {@code dev.<ext>} and {@code test.<ext>}, each the format's file over its split's
 * documents in corpus order; the folder is staged ({@link StagedFolder}), so the three files appear together
 * or not at all. All three are written even when a split gets no document, so scripts can rely on the names.
 * The corpus is still walked once, one document in memory at a time.
 */
final class SplitTextExport {

	/** One output file of a format, given its documents in corpus order. */
	interface Part {
		void add(DocumentStream.Item item) throws IOException;

		/** Writes what closes the file (the end of an array, a total), if anything; the file is closed by the caller. */
		default void finish() throws IOException {
		}
	}

	/** Starts one output file on {@code out}; {@code split} is its split, {@code null} when the export has none. */
	interface Format {
		Part start(Writer out, String split) throws IOException;
	}

	private SplitTextExport() {
	}

	static void write(CorpusStore store, ExportOptions options, Path target, String extension, Format format,
			IProgressMonitor monitor) throws IOException {
		if (options.split() == null) {
			AtomicTextFile.write(target, out -> {
				Part part = format.start(out, null);
				DocumentStream.forEach(store, options.annotator(), monitor, part::add);
				part.finish();
			});
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		Map<String, String> splits = SplitAssigner.assign(store, options.annotator(), options.split(), progress.split(1));
		try (StagedFolder folder = new StagedFolder(target)) {
			Map<String, Part> parts = new HashMap<>();
			for (String split : SplitAssigner.SPLITS) {
				parts.put(split, format.start(folder.open(fileName(split, extension)), split));
			}
			DocumentStream.forEach(store, options.annotator(), progress.split(1),
					item -> parts.get(splits.get(item.document().getId())).add(item));
			for (String split : SplitAssigner.SPLITS) {
				parts.get(split).finish();
			}
			folder.commit();
		}
	}

	/** {@code train.conll}, {@code dev.csv}, …: the name of a split's file in the export folder. */
	private static String fileName(String split, String extension) {
		return split + '.' + extension;
	}
}
