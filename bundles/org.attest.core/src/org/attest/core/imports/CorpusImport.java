package org.attest.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.attest.core.export.OffsetUnit;
import org.attest.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Imports files and folders into an open corpus, each file by the {@link Importer} registered for its
 * extension ({@code .txt}, {@code .html} and {@code .htm} out of the box; more through
 * {@link #register(String, Importer)}). Folders are walked recursively in sorted path order, so that the same
 * folder gives the same document ids; there, files of other types and hidden files are skipped, whereas a file
 * named explicitly with an unknown extension is reported.
 * <p>
 * Every file gets a result, and a file that fails, however it fails, never stops the rest. The corpus is
 * saved after each file that added documents, so a crash loses at most the file in progress, and the new
 * documents are then unloaded, so memory stays flat over large batches.
 */
public final class CorpusImport {

	private final Map<String, Importer> importers = new LinkedHashMap<>();

	/** An import with the text, HTML and JSONL (code-point offsets) importers registered. */
	public CorpusImport() {
		register("txt", new TextImporter()); //$NON-NLS-1$
		HtmlImporter html = new HtmlImporter();
		register("html", html); //$NON-NLS-1$
		register("htm", html); //$NON-NLS-1$
		register("jsonl", (store, file, annotator) -> new JsonlImporter(annotator, OffsetUnit.CODE_POINTS).importFile(store, file)); //$NON-NLS-1$
	}

	/** Imports files with this extension (without the dot, any case) with {@code importer}, replacing any other. */
	public CorpusImport register(String extension, Importer importer) {
		importers.put(extension.toLowerCase(Locale.ROOT), importer);
		return this;
	}

	/**
	 * Imports the files and folders into the store for {@code annotator} (used by formats that carry
	 * annotations), one progress tick per file.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; the files imported before are saved
	 */
	public List<ImportResult> run(CorpusStore store, List<Path> paths, String annotator, IProgressMonitor monitor) {
		List<Path> files = new ArrayList<>();
		List<ImportResult> results = new ArrayList<>();
		for (Path path : paths) {
			collect(path, files, results);
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.CorpusImport_task, files.size());
		for (Path file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(file.getFileName().toString());
			results.add(importOne(store, file, annotator));
			progress.worked(1);
		}
		return results;
	}

	private void collect(Path path, List<Path> files, List<ImportResult> results) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(file -> !isHidden(path, file))
						.filter(file -> importerFor(file).isPresent()).sorted().forEach(files::add);
			} catch (IOException | RuntimeException e) {
				results.add(ImportResults.failed(path, -1, NLS.bind(Messages.CorpusImport_cannotList, path, e.getMessage())));
			}
		} else if (!Files.isRegularFile(path)) {
			results.add(ImportResults.failed(path, -1, NLS.bind(Messages.CorpusImport_noSuchFile, path)));
		} else if (importerFor(path).isEmpty()) {
			results.add(ImportResults.failed(path, -1,
					NLS.bind(Messages.CorpusImport_unsupportedType, path, String.join(", ", importers.keySet())))); //$NON-NLS-1$
		} else {
			files.add(path);
		}
	}

	private ImportResult importOne(CorpusStore store, Path file, String annotator) {
		ImportResult result;
		try {
			result = importerFor(file).orElseThrow().importFile(store, file, annotator);
		} catch (IOException | RuntimeException e) {
			return ImportResults.failed(file, -1, NLS.bind(Messages.CorpusImport_failed, file, e.getMessage()));
		}
		if (result.documentIds().isEmpty()) {
			return result;
		}
		try {
			store.save();
		} catch (IOException | RuntimeException e) {
			List<ImportProblem> problems = new ArrayList<>(result.problems());
			problems.add(new ImportProblem(file, -1, NLS.bind(Messages.CorpusImport_cannotSave, file, e.getMessage())));
			return new ImportResult(file, result.documentIds(), problems);
		}
		result.documentIds().forEach(store::unloadDocument);
		return result;
	}

	private Optional<Importer> importerFor(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : Optional.ofNullable(importers.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}

	/** Whether a file found in {@code folder} is hidden, or inside a hidden folder, as ".git" or ".DS_Store". */
	private static boolean isHidden(Path folder, Path file) {
		for (Path name : folder.relativize(file)) {
			if (name.toString().startsWith(".")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}
}
